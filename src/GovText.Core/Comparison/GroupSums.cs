using GovText.Core.Text;

namespace GovText.Core.Comparison;

/// <summary>
/// Concept counts summed per group of documents (the values of one <c>documents.csv</c> column), per concept and
/// token language: what <c>concept_by_group.csv</c> and the bar, heatmap and trend charts show. Memory follows
/// groups × concepts × languages, never the number of documents.
/// </summary>
public sealed class GroupSums
{
    private readonly Dictionary<(string Group, string Concept, Language Language), Sums> _sums = [];
    // Every group seen, with or without count rows: the group order (numeric or ordinal) depends on all of them.
    private readonly HashSet<string> _groups = new(StringComparer.Ordinal);

    /// <summary>Sums for grouping column <paramref name="column"/>.</summary>
    public GroupSums(string column) => Column = column;

    /// <summary>The grouping column.</summary>
    public string Column { get; }

    /// <summary>Documents whose value in <see cref="Column"/> is empty: they are in no group.</summary>
    public IdSample Excluded { get; } = new();

    /// <summary>Adds one document.</summary>
    public void Add(CountedDocument document)
    {
        var group = document.Document.Get(Column);
        if (group.Length == 0)
        {
            Excluded.Add(document.Document.DocId);
            return;
        }
        _groups.Add(group);
        // Each concept_counts row is one document × concept × language with text in that language, so summing rows
        // gives tokens over exactly the documents that have the language.
        foreach (var row in document.Counts)
        {
            var key = (group, row.ConceptId, row.Language);
            _sums[key] = _sums.GetValueOrDefault(key) + new Sums(row.Count, row.CountWithChildren, row.Tokens, 1, row.Count > 0 ? 1 : 0);
        }
    }

    /// <summary>Adds the sums of <paramref name="later"/> (documents after these).</summary>
    public void Merge(GroupSums later)
    {
        foreach (var (key, sums) in later._sums) _sums[key] = _sums.GetValueOrDefault(key) + sums;
        _groups.UnionWith(later._groups);
        Excluded.Merge(later.Excluded);
    }

    /// <summary>
    /// The <c>concept_by_group.csv</c> rows: groups in <see cref="GroupOrder"/>, then concepts and languages in the order
    /// given. Groups and languages without documents have no rows: a missing year is a gap, never a zero.
    /// </summary>
    public IReadOnlyList<ConceptGroupRow> Rows(IReadOnlyList<ConceptInfo> concepts, IReadOnlyList<Language> languages)
    {
        var rows = new List<ConceptGroupRow>();
        foreach (var g in GroupOrder.Sort(_groups))
            foreach (var c in concepts)
                foreach (var language in languages)
                {
                    if (!_sums.TryGetValue((g, c.Id, language), out var s)) continue;
                    rows.Add(new ConceptGroupRow
                    {
                        Group = g, ConceptId = c.Id, ConceptEn = c.En, ConceptZh = c.Zh, Language = language,
                        Count = s.Count, CountWithChildren = s.WithChildren, Tokens = s.Tokens,
                        Per10k = s.Tokens > 0 ? s.Count * 10_000.0 / s.Tokens : double.NaN,
                        Per10kWithChildren = s.Tokens > 0 ? s.WithChildren * 10_000.0 / s.Tokens : double.NaN,
                        Docs = s.Docs, DocsWithConcept = s.With, DocShare = s.Docs > 0 ? (double)s.With / s.Docs : double.NaN,
                    });
                }
        return rows;
    }

    private readonly record struct Sums(long Count, long WithChildren, long Tokens, int Docs, int With)
    {
        public static Sums operator +(Sums a, Sums b) =>
            new(a.Count + b.Count, a.WithChildren + b.WithChildren, a.Tokens + b.Tokens, a.Docs + b.Docs, a.With + b.With);
    }
}
