using GovText.Topics.Corpus;

namespace GovText.Topics.Quality;

/// <summary>
/// Unit (document or paragraph) frequencies of single terms and of pairs, for a small set of terms: what the
/// coherence measures count. A unit "contains" a term when the term occurs in it at least once.
/// </summary>
public sealed class CooccurrenceCounts
{
    private readonly Dictionary<int, int> _index;
    private readonly int[] _df;
    private readonly int[,] _co;

    /// <summary>Counts over <paramref name="units"/> for the terms <paramref name="termIds"/>.</summary>
    public CooccurrenceCounts(IReadOnlyList<ModelDocument> units, IEnumerable<int> termIds)
    {
        var terms = termIds.Distinct().ToArray();
        _index = new Dictionary<int, int>(terms.Length);
        for (var i = 0; i < terms.Length; i++) _index[terms[i]] = i;
        _df = new int[terms.Length];
        _co = new int[terms.Length, terms.Length];
        var present = new SortedSet<int>();
        for (var u = 0; u < units.Count; u++)
        {
            foreach (var t in units[u].TermIds)
                if (_index.TryGetValue(t, out var i)) present.Add(i);
            // Chunks of one long unit are counted together: co-occurrence is over units, as the model's user sees them.
            var last = u + 1 == units.Count || units[u + 1].Document != units[u].Document || units[u + 1].Paragraph != units[u].Paragraph;
            if (!last) continue;
            Units++;
            foreach (var i in present)
            {
                _df[i]++;
                foreach (var j in present) if (j != i) _co[i, j]++;
            }
            present.Clear();
        }
    }

    /// <summary>Number of units counted.</summary>
    public int Units { get; private set; }

    /// <summary>Units containing <paramref name="term"/>.</summary>
    public int Df(int term) => _df[_index[term]];

    /// <summary>Units containing both terms.</summary>
    public int Df(int a, int b) => _co[_index[a], _index[b]];
}
