using GovText.Core.Tokens;
using GovText.Core.Lexicon;
using GovText.Core.Text;

namespace GovText.Core.Matching;

/// <summary>
/// A sentence prepared for matching: each Latin token split into its words (at hyphens), and the stems of those
/// words when the lexicon has stem terms. Built once per sentence over the thread's <see cref="MatchScratch"/> and
/// shared by all term lookups; a ref struct over the tokens' span, so building it allocates nothing.
/// </summary>
internal readonly ref struct SentenceView
{
    private readonly string[]?[] _parts;
    private readonly string[]?[]? _stems;

    public SentenceView(ReadOnlySpan<AnalysisToken> tokens, string text, bool withStems, MatchScratch scratch)
    {
        Text = text;
        Tokens = tokens;
        scratch.Reserve(tokens.Length);
        _parts = scratch.Parts;
        if (withStems) _stems = scratch.Stems;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Language == Language.Chinese)
            {
                // The arrays are reused from sentence to sentence: a null slot is what marks a Chinese token.
                _parts[i] = null;
                continue;
            }
            var parts = scratch.Words(token.Normalized);
            _parts[i] = parts;
            if (_stems is null) continue;
            var stems = scratch.Words(token.Stem);
            // A stemmer that joins or splits hyphenated words differently gives no usable per-word stems; fall back to the words.
            _stems[i] = stems.Length == parts.Length ? stems : parts;
        }
    }

    public string Text { get; }

    public ReadOnlySpan<AnalysisToken> Tokens { get; }

    public int Count => Tokens.Length;

    public bool IsChinese(int token) => _parts[token] is null;

    /// <summary>The words of a Latin token (empty for a token with no letters or digits), null for a Chinese token.</summary>
    public string[]? Parts(int token) => _parts[token];

    public string[]? Stems(int token) => _stems?[token];

    /// <summary>
    /// True when the text between two consecutive tokens allows them to be words of one term: only whitespace and
    /// hyphens (a wrapped line is whitespace), or, where the term itself writes punctuation, any non-word characters.
    /// </summary>
    public bool GapAllows(int left, int right, bool punctuated)
    {
        var from = Tokens[left].End;
        var to = Tokens[right].Start;
        for (var i = from; i < to; i++)
        {
            var c = Text[i];
            if (char.IsWhiteSpace(c) || TermSyntax.IsHyphen(c)) continue;
            if (punctuated && !char.IsLetterOrDigit(c)) continue;
            return false;
        }
        return true;
    }

    /// <summary>Chinese tokens of one term may only be separated by whitespace (a wrapped line), never by punctuation.</summary>
    public bool ChineseGapAllows(int left, int right)
    {
        for (var i = Tokens[left].End; i < Tokens[right].Start; i++)
            if (!char.IsWhiteSpace(Text[i])) return false;
        return true;
    }
}
