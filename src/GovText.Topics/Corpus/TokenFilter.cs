using GovText.Core.Tokens;
using GovText.Core.Matching;
using GovText.Core.StopWords;
using GovText.Core.Text;

namespace GovText.Topics.Corpus;

/// <summary>
/// Which analysis tokens a topic model or clustering sees: Chinese and English words that are not stop words and
/// carry no digit. Punctuation and whitespace are never tokens (the tokenizer drops them).
/// </summary>
public sealed class TokenFilter
{
    private readonly StopWordList _stopWords;

    /// <summary>Creates the filter over a stop-word list.</summary>
    public TokenFilter(StopWordList stopWords) => _stopWords = stopWords;

    /// <summary>The stop-word list in use.</summary>
    public StopWordList StopWords => _stopWords;

    /// <summary>Why a token is left out, or <see cref="Verdict.Keep"/>.</summary>
    public Verdict Judge(AnalysisToken token)
    {
        if (!token.Language.IsWord) return Verdict.Number;
        foreach (var c in token.Normalized)
            if (char.IsDigit(c)) return Verdict.Number;
        return _stopWords.Contains(token.Normalized, token.Language) ? Verdict.StopWord : Verdict.Keep;
    }

    /// <summary>The filter's decision for one token.</summary>
    public enum Verdict
    {
        /// <summary>Kept.</summary>
        Keep,

        /// <summary>A number or a token with digits.</summary>
        Number,

        /// <summary>A stop word.</summary>
        StopWord,
    }
}
