using System.Globalization;
using GovText.Core.Errors;
using GovText.Core.Statistics;
using GovText.Core.StopWords;
using GovText.Core.Text;

namespace GovText.Core.Comparison;

/// <summary>
/// Scores <c>keyness.csv</c> (concepts) and <c>keyness_words.csv</c> (word types) from <see cref="KeynessCounts"/>:
/// target against reference, per token language, with Bonferroni-adjusted p over the rows of that language in that file.
/// </summary>
public static class KeynessTable
{
    /// <summary>
    /// Concept keyness from each concept's own matches (<c>count</c>), so a parent is
    /// tested on its own terms. Languages in which either side has fewer than <see cref="MinSideTokens"/> word tokens
    /// are left out (see <see cref="Refusals"/>). A concept found on neither side keeps its row, with G² 0, p 1 and an
    /// empty log ratio.
    /// </summary>
    public static IReadOnlyList<KeynessRow> ForConcepts(KeynessCounts counts, IReadOnlyList<ConceptInfo> concepts, IReadOnlyList<Language> languages)
    {
        var items = concepts.SelectMany(c => languages.Select(l => (c.Id, l, counts.Concept(c.Id, l))));
        return Score(items, counts.ComparableTokens(), "concept counts");
    }

    /// <summary>
    /// Word keyness for word types with at least <paramref name="minCount"/> occurrences in target and reference
    /// together, in the token languages that have concept counts (so <c>num</c> tokens are not tested: numbers are not
    /// words), leaving out the words of <paramref name="stopWords"/> (they are not tested, so they do not enter the
    /// Bonferroni count either). Totals are the same word-token totals as for concepts: a stop word still counts as
    /// running text, as it does for concept rates.
    /// </summary>
    /// <param name="counts">The keyness sides.</param>
    /// <param name="minCount">Minimum occurrences (target + reference) of a tested word type.</param>
    /// <param name="stopWords">Words left out (<see cref="StopWordList.None"/> keeps every word).</param>
    /// <param name="pos">jieba POS tags a Chinese word must have (word_frequencies.csv's <c>pos</c>); null keeps every word.</param>
    public static IReadOnlyList<KeynessRow> ForWords(KeynessCounts counts, int minCount, StopWordList stopWords, IReadOnlySet<string>? pos = null)
    {
        if (minCount < 1) throw ConfigurationException.ForSetting("min-count", $"the minimum count of a word type for word keyness must be at least 1 (got {minCount})");
        var kept = counts.Words().Where(w => w.Target + w.Reference >= minCount && !stopWords.Contains(w.Token, w.Language)
                && (pos is null || w.Language != Language.Chinese || pos.Contains(counts.PosOf(w.Token, w.Language))))
            .Select(w => (w.Token, w.Language, (w.Target, w.Reference)));
        return Score(kept, counts.ComparableTokens(), "word frequencies");
    }

    /// <summary>
    /// Word tokens a side must have in a language for keyness to be computed in it: about a page of text. Below this,
    /// one occurrence moves a relative frequency by 20 per 10,000 or more and the rows are noise (a 6-token reference
    /// gave G² and log ratio of opposite signs); such a language is refused with a note (<see cref="Refusals"/>), never
    /// tested. docs/methods.md.
    /// </summary>
    public const long MinSideTokens = 500;

    /// <summary>One note per token language that has text but is not tested because a side has fewer than <see cref="MinSideTokens"/> tokens.</summary>
    public static IReadOnlyList<string> Refusals(KeynessCounts counts) =>
        counts.TokenTotals()
            .Where(t => t.Target < MinSideTokens || t.Reference < MinSideTokens)
            .Select(t => $"keyness in '{t.Language}' not computed: the target has {t.Target.ToString("N0", CultureInfo.InvariantCulture)} and the reference " +
                         $"{t.Reference.ToString("N0", CultureInfo.InvariantCulture)} {t.Language} word tokens; each side needs at least {MinSideTokens.ToString("N0", CultureInfo.InvariantCulture)}")
            .ToList();

    private static IReadOnlyList<KeynessRow> Score(
        IEnumerable<(string Item, Language Language, (long T, long R) F)> items,
        IReadOnlyDictionary<Language, (long Target, long Reference)> totals, string source)
    {
        var scored = new List<(string Item, Language Language, KeynessScore Score)>();
        foreach (var (item, lang, f) in items)
        {
            if (!totals.TryGetValue(lang, out var n)) continue;
            if (f.T > n.Target || f.R > n.Reference)
                throw new ConfigurationException(
                    $"'{item}' ({lang}) occurs more often than there are {lang} word tokens; the {source} and the concept counts' token totals disagree");
            scored.Add((item, lang, KeynessScore.Compute(f.T, f.R, n.Target, n.Reference)));
        }
        var testsPerLanguage = scored.GroupBy(s => s.Language).ToDictionary(g => g.Key, g => g.Count());
        return scored
            .OrderBy(s => s.Language)
            .ThenByDescending(s => Math.Abs(s.Score.G2))
            .ThenBy(s => s.Item, StringComparer.Ordinal)
            .Select(s => KeynessRow.Of(s.Item, s.Language, s.Score, Bonferroni.Adjust(s.Score.P, testsPerLanguage[s.Language])))
            .ToList();
    }
}
