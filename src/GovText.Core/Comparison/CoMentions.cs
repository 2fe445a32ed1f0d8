namespace GovText.Core.Comparison;

/// <summary>
/// Co-mention units for <c>cooccurrence.csv</c>, summed as documents arrive: per unit kind (sentence, paragraph,
/// document) the number of units N, the units mentioning each concept and the units mentioning each pair. Built from
/// direct matches (a match belongs to the concept that lists the term). Memory follows concepts², never documents.
/// </summary>
public sealed class CoMentions
{
    /// <summary>The unit kinds, in file order.</summary>
    public static readonly IReadOnlyList<string> UnitNames = ["sentence", "paragraph", "document"];

    private readonly Unit[] _units = [new(), new(), new()];
    private readonly SortedSet<string> _concepts = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds one document. N for sentences and paragraphs is the document's <c>sentences</c> / <c>paragraphs</c>
    /// (raised to the highest index among its matches + 1 where it declares fewer), N for documents 1.
    /// </summary>
    public void Add(CountedDocument document)
    {
        foreach (var m in document.Matches) _concepts.Add(m.ConceptId);
        for (var u = 0; u < _units.Length; u++)
        {
            var declared = u switch { 0 => document.Document.Sentences, 1 => document.Document.Paragraphs, _ => 1 };
            var mentions = new Dictionary<int, SortedSet<string>>();
            var seen = 0;
            foreach (var m in document.Matches)
            {
                var index = u switch { 0 => m.Sentence, 1 => m.Paragraph, _ => 0 };
                seen = Math.Max(seen, index + 1);
                if (!mentions.TryGetValue(index, out var set)) mentions[index] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(m.ConceptId);
            }
            var unit = _units[u];
            unit.N += Math.Max(declared, seen);
            foreach (var set in mentions.Values)
            {
                var ids = set.ToArray();
                for (var i = 0; i < ids.Length; i++)
                {
                    unit.Single[ids[i]] = unit.Single.GetValueOrDefault(ids[i]) + 1;
                    for (var j = i + 1; j < ids.Length; j++)
                        unit.Pair[(ids[i], ids[j])] = unit.Pair.GetValueOrDefault((ids[i], ids[j])) + 1;
                }
            }
        }
    }

    /// <summary>Adds the units of <paramref name="other"/>.</summary>
    public void Merge(CoMentions other)
    {
        _concepts.UnionWith(other._concepts);
        for (var u = 0; u < _units.Length; u++)
        {
            var (mine, theirs) = (_units[u], other._units[u]);
            mine.N += theirs.N;
            foreach (var (k, v) in theirs.Single) mine.Single[k] = mine.Single.GetValueOrDefault(k) + v;
            foreach (var (k, v) in theirs.Pair) mine.Pair[k] = mine.Pair.GetValueOrDefault(k) + v;
        }
    }

    /// <summary>
    /// The <c>cooccurrence.csv</c> rows: every pair of concepts that each have a match, for every unit, including pairs
    /// never mentioned together (both = 0, PMI empty), so a missing association is visible rather than silent.
    /// </summary>
    public IReadOnlyList<CooccurrenceRow> Rows()
    {
        var ids = _concepts.ToList();
        var rows = new List<CooccurrenceRow>();
        for (var u = 0; u < _units.Length; u++)
        {
            var unit = _units[u];
            for (var i = 0; i < ids.Count; i++)
                for (var j = i + 1; j < ids.Count; j++)
                {
                    var (ca, cb) = (ids[i], ids[j]);
                    int a = unit.Single.GetValueOrDefault(ca), b = unit.Single.GetValueOrDefault(cb), both = unit.Pair.GetValueOrDefault((ca, cb));
                    rows.Add(new CooccurrenceRow
                    {
                        ConceptA = ca, ConceptB = cb, Unit = UnitNames[u], Both = both, A = a, B = b, Units = unit.N,
                        Jaccard = (double)both / (a + b - both),
                        Pmi = both == 0 ? double.NaN : Math.Log2((double)both * unit.N / ((double)a * b)),
                    });
                }
        }
        return rows;
    }

    private sealed class Unit
    {
        public long N;
        public readonly Dictionary<string, int> Single = new(StringComparer.Ordinal);
        public readonly Dictionary<(string, string), int> Pair = [];
    }
}
