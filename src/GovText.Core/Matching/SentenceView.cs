using GovText.Core.Tokens;
using GovText.Core.Lexicon;
using GovText.Core.Text;

namespace GovText.Core.Matching;

/// <summary>
/// A sentence prepared for matching: each Latin token split into its words (at hyphens), and the stems of those
/// words when the lexicon has stem terms. Built once per sentence and shared by all term lookups.
/// </summary>
internal sealed class SentenceView
{
    private readonly string[]?[] _parts;
    private readonly string[]?[]? _stems;

    public SentenceView(TokenSentence sentence, string text, bool withStems)
    {
        Text = text;
        Tokens = sentence.Tokens;
        _parts = new string[]?[Tokens.Count];
        if (withStems) _stems = new string[]?[Tokens.Count];
        for (var i = 0; i < Tokens.Count; i++)
        {
            var token = Tokens[i];
            if (token.Language == Language.Chinese) continue;
            var parts = TermWords.NeedsSplit(token.Normalized) ? TermWords.Split(token.Normalized) : [token.Normalized];
            _parts[i] = parts;
            if (_stems is null) continue;
            var stems = TermWords.NeedsSplit(token.Stem) ? TermWords.Split(token.Stem) : [token.Stem];
            // A stemmer that joins or splits hyphenated words differently gives no usable per-word stems; fall back to the words.
            _stems[i] = stems.Length == parts.Length ? stems : parts;
        }
    }

    public string Text { get; }

    public IReadOnlyList<AnalysisToken> Tokens { get; }

    public int Count => Tokens.Count;

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
