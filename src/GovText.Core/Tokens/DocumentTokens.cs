using System.Runtime.InteropServices;

namespace GovText.Core.Tokens;

/// <summary>
/// One document's tokens in one list and its sentences as ranges of it: the buffer counting reuses document after
/// document on each thread, so the token path allocates nothing per token or per sentence once the buffer has grown to
/// the largest document. Valid until the next document is tokenized into it.
/// </summary>
internal sealed class DocumentTokens
{
    // A buffer grown past this many tokens (10 MB) by an unusually long document is let go once that document is done,
    // so a book in a corpus of articles does not pin its buffer on every worker thread for the rest of the run.
    private const int MaxKeptTokens = 1 << 18;

    [ThreadStatic] private static DocumentTokens? _current;

    /// <summary>This thread's buffer. The caller is done with it before it tokenizes another document on this thread.</summary>
    public static DocumentTokens ForThisThread() => _current ??= new DocumentTokens();

    /// <summary>Every word token of the document, in text order.</summary>
    public List<AnalysisToken> Tokens { get; } = [];

    /// <summary>The document's sentences, in order, each a range of <see cref="Tokens"/>.</summary>
    public List<SentenceRange> Sentences { get; } = [];

    /// <summary>The tokens as a span (not to be kept past the next change to <see cref="Tokens"/>).</summary>
    public ReadOnlySpan<AnalysisToken> All => CollectionsMarshal.AsSpan(Tokens);

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<AnalysisToken> Of(SentenceRange sentence) => All.Slice(sentence.First, sentence.Count);

    /// <summary>Empties the buffer, keeping its capacity.</summary>
    public void Clear()
    {
        Tokens.Clear();
        Sentences.Clear();
    }

    /// <summary>
    /// Empties the buffer when its document is done (so it holds no strings meanwhile), and gives back the memory of
    /// one that an unusually long document grew.
    /// </summary>
    public void Release()
    {
        Clear();
        if (Tokens.Capacity > MaxKeptTokens) Tokens.Capacity = 0;
        if (Sentences.Capacity > MaxKeptTokens) Sentences.Capacity = 0;
    }
}
