using GovText.Core.Lexicon;

namespace GovText.Core.Matching;

/// <summary>
/// One thread's working memory for matching, reused from sentence to sentence so matching allocates only the matches
/// it returns: the per-token word arrays of <see cref="SentenceView"/>, the candidate and exclusion lists, and a cache
/// of the words of each Latin token text (one array per distinct text, not one per token; cleared past
/// <see cref="MaxCached"/> entries, so memory stays flat however large the corpus).
/// </summary>
internal sealed class MatchScratch
{
    private const int MaxCached = 1 << 16;

    [ThreadStatic] private static MatchScratch? _current;

    private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);

    /// <summary>This thread's scratch. Matching never calls back into matching, so one per thread suffices.</summary>
    public static MatchScratch ForThisThread() => _current ??= new MatchScratch();

    public string[]?[] Parts { get; private set; } = new string[]?[64];

    public string[]?[] Stems { get; private set; } = new string[]?[64];

    public List<(CompiledTerm Term, int End)> Candidates { get; } = [];

    public List<(CompiledTerm Term, int End)> ExclusionCandidates { get; } = [];

    public List<(int Concept, int Start, int End)> Exclusions { get; } = [];

    /// <summary>Makes the per-token arrays hold at least <paramref name="tokens"/> entries.</summary>
    public void Reserve(int tokens)
    {
        if (Parts.Length >= tokens) return;
        var size = Math.Max(tokens, Parts.Length * 2);
        Parts = new string[]?[size];
        Stems = new string[]?[size];
    }

    /// <summary>The words terms compare a Latin token text on (<see cref="TermWords.Split"/>; itself when it needs no split).</summary>
    public string[] Words(string text)
    {
        if (_words.TryGetValue(text, out var words)) return words;
        if (_words.Count >= MaxCached) _words.Clear();
        words = TermWords.NeedsSplit(text) ? TermWords.Split(text) : [text];
        _words.Add(text, words);
        return words;
    }
}
