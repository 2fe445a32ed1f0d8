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
        // One ordinal dictionary per language (a document has two or three), so the hot loop hashes one string and the
        // rows come out by sorting each language's keys once, with no tuple keys and no LINQ sorter.
        var byLanguage = new Dictionary<Language, Dictionary<string, int>>();
        Dictionary<string, int>? counts = null;
        Language language = default;
        var rows = 0;
        foreach (var token in tokens)
        {
            if (token.Language != language || counts is null)
            {
                language = token.Language;
                if (!byLanguage.TryGetValue(language, out counts))
                {
                    counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    byLanguage.Add(language, counts);
                }
            }
            ref var n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, token.Normalized, out var existed);
            if (!existed) rows++;
            n++;
        }
        // Languages order as their codes do ordinally (Language.CompareTo), as the rows always have.
        var languages = byLanguage.Keys.ToArray();
        Array.Sort(languages);
        var result = new List<WordFrequencyRow>(rows);
        foreach (var lang in languages)
        {
            var words = byLanguage[lang];
            var keys = words.Keys.ToArray();
            Array.Sort(keys, StringComparer.Ordinal);
            var tagged = chineseTag is not null && lang == Language.Chinese;
            foreach (var key in keys)
                result.Add(new WordFrequencyRow { DocId = docId, Language = lang, Token = key, Count = words[key], Pos = tagged ? chineseTag!(key) ?? "" : "" });
        }
        return result;
    }

    /// <summary>Word tokens per language, the <c>tokenTotals</c> argument of <see cref="ConceptCounter.Count"/>.</summary>
    public static Dictionary<Language, int> TokenTotals(IEnumerable<AnalysisToken> tokens)
    {
        var totals = new Dictionary<Language, int>();
        foreach (var token in tokens) totals[token.Language] = totals.GetValueOrDefault(token.Language) + 1;
        return totals;
    }
}
