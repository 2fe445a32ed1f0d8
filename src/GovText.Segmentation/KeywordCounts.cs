namespace GovText.Segmentation;

/// <summary>Word counts in first-occurrence order, like the insertion-ordered dict <c>extract_tags</c> counts in.</summary>
public sealed class KeywordCounts
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<double> _counts = [];

    /// <summary>Number of distinct words.</summary>
    public int Count => _words.Count;

    /// <summary>Counts one occurrence.</summary>
    /// <param name="word">The word.</param>
    public void Add(ReadOnlySpan<char> word)
    {
        var lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var i)) { _counts[i] += 1.0; return; }
        var s = word.ToString();
        _index[s] = _words.Count;
        _words.Add(s);
        _counts.Add(1.0);
    }

    /// <summary>The i-th distinct word.</summary>
    /// <param name="i">Index in first-occurrence order.</param>
    public string Word(int i) => _words[i];

    /// <summary>The i-th word's count.</summary>
    /// <param name="i">Index in first-occurrence order.</param>
    public double Frequency(int i) => _counts[i];
}
