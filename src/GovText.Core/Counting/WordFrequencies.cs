using GovText.Core.Tokens;
using GovText.Core.Matching;
using GovText.Core.Text;

namespace GovText.Core.Counting;

/// <summary>Builds one document's <c>word_frequencies.csv</c> rows: every word token type with its count.</summary>
public static class WordFrequencies
{
    /// <summary>
    /// Counts tokens by (language, normalized text), never stemmed; rows ordered by language then token, ordinal.
    /// </summary>
    /// <param name="docId">The document id.</param>
    /// <param name="tokens">The document's word tokens (all sentences).</param>
    /// <param name="chineseTag">jieba's POS tag of a Chinese word (null when none); null to leave <c>pos</c> empty.</param>
    public static List<WordFrequencyRow> Count(string docId, IEnumerable<AnalysisToken> tokens, Func<string, string?>? chineseTag = null)
    {
        var counts = new Dictionary<(Language Language, string Token), int>();
        foreach (var token in tokens)
        {
            var key = (token.Language, token.Normalized);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts
            .OrderBy(p => p.Key.Language)
            .ThenBy(p => p.Key.Token, StringComparer.Ordinal)
            .Select(p => new WordFrequencyRow
            {
                DocId = docId, Language = p.Key.Language, Token = p.Key.Token, Count = p.Value,
                Pos = chineseTag is not null && p.Key.Language == Language.Chinese ? chineseTag(p.Key.Token) ?? "" : "",
            })
            .ToList();
    }

    /// <summary>Word tokens per language, the <c>tokenTotals</c> argument of <see cref="ConceptCounter.Count"/>.</summary>
    public static Dictionary<Language, int> TokenTotals(IEnumerable<AnalysisToken> tokens)
    {
        var totals = new Dictionary<Language, int>();
        foreach (var token in tokens) totals[token.Language] = totals.GetValueOrDefault(token.Language) + 1;
        return totals;
    }
}
