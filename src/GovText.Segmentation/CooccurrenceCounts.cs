namespace GovText.Segmentation;

/// <summary>Counts of ordered word pairs in first-seen order, like TextRank's <c>cm</c> defaultdict.</summary>
public sealed class CooccurrenceCounts
{
    private readonly Dictionary<(string, string), int> _index = [];
    private readonly List<(string From, string To, int Weight)> _pairs = [];

    /// <summary>Number of distinct ordered pairs.</summary>
    public int Count => _pairs.Count;

    /// <summary>The i-th pair in first-seen order with its count.</summary>
    /// <param name="i">The index.</param>
    public (string From, string To, int Weight) this[int i] => _pairs[i];

    /// <summary>Counts one co-occurrence of <paramref name="from"/> followed by <paramref name="to"/>.</summary>
    /// <param name="from">The earlier word.</param>
    /// <param name="to">The later word.</param>
    public void Add(string from, string to)
    {
        if (_index.TryGetValue((from, to), out var at)) _pairs[at] = (from, to, _pairs[at].Weight + 1);
        else { _index[(from, to)] = _pairs.Count; _pairs.Add((from, to, 1)); }
    }
}
