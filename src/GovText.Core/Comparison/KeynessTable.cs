using System.Globalization;
using GovText.Core.Errors;
using GovText.Core.Output;
using GovText.Core.Statistics;
using GovText.Core.StopWords;

namespace GovText.Core.Comparison;

/// <summary>
/// Builds <c>keyness.csv</c> (concepts) and <c>keyness_words.csv</c> (word types): target documents against
/// reference documents, per token language, with Bonferroni-adjusted p over the rows of that language in that file.
/// </summary>
public static class KeynessTable
{
    /// <summary>Concept keyness file name.</summary>
    public const string ConceptsFileName = "keyness.csv";

    /// <summary>Word keyness file name.</summary>
    public const string WordsFileName = "keyness_words.csv";

    private static readonly string[] StatColumns =
        ["language", "f_target", "f_ref", "n_target", "n_ref", "g2", "chi2", "chi2_yates", "log_ratio", "p", "p_bonferroni"];

    /// <summary>
    /// Concept keyness from <c>concept_counts.csv</c>: each concept's own matches (<c>count</c>), so a parent is
    /// tested on its own terms. Languages in which either side has fewer than <see cref="MinSideTokens"/> word tokens
    /// are left out (see <see cref="Refusals"/>). A concept found on neither side keeps its row, with G² 0, p 1 and an
    /// empty log ratio.
    /// </summary>
    public static IReadOnlyList<KeynessRow> ForConcepts(CountTables tables, KeynessSides sides)
    {
        var totals = TokenTotals(tables, sides);
        var freq = new Dictionary<(string Concept, string Language), (long T, long R)>();
        foreach (var row in tables.ConceptCounts)
        {
            var side = sides.SideOf(row.DocId);
            if (side is null) continue;
            var f = freq.GetValueOrDefault((row.ConceptId, row.Language));
            freq[(row.ConceptId, row.Language)] = side.Value ? (f.T + row.Count, f.R) : (f.T, f.R + row.Count);
        }
        var items = tables.Concepts.SelectMany(c => tables.Languages.Select(l => (c.Id, l)));
        return Score(items.Select(k => (k.Id, k.l, freq.GetValueOrDefault((k.Id, k.l)))), totals, ConceptsFileName);
    }

    /// <summary>
    /// Word keyness from <c>word_frequencies.csv</c>, for word types with at least <paramref name="minCount"/>
    /// occurrences in target and reference together, in the token languages that have concept counts (so
    /// <c>num</c> tokens are not tested: numbers are not words), leaving out the words of <paramref name="stopWords"/>
    /// (they are not tested, so they do not enter the Bonferroni count either). Totals are the same word-token totals
    /// as for concepts: a stop word still counts as running text, as it does for concept rates.
    /// </summary>
    /// <param name="tables">The count tables.</param>
    /// <param name="sides">Target and reference documents.</param>
    /// <param name="minCount">Minimum occurrences (target + reference) of a tested word type.</param>
    /// <param name="stopWords">Words left out (<see cref="StopWordList.None"/> keeps every word).</param>
    public static IReadOnlyList<KeynessRow> ForWords(CountTables tables, KeynessSides sides, int minCount, StopWordList stopWords)
    {
        if (minCount < 1) throw new ConfigurationException($"--min-count must be at least 1 (got {minCount})");
        var totals = TokenTotals(tables, sides);
        var freq = new Dictionary<(string Token, string Language), (long T, long R)>();
        foreach (var row in tables.WordFrequencies)
        {
            if (!totals.ContainsKey(row.Language)) continue;
            if (stopWords.Contains(row.Token, row.Language)) continue;
            var side = sides.SideOf(row.DocId);
            if (side is null) continue;
            var f = freq.GetValueOrDefault((row.Token, row.Language));
            freq[(row.Token, row.Language)] = side.Value ? (f.T + row.Count, f.R) : (f.T, f.R + row.Count);
        }
        var kept = freq.Where(kv => kv.Value.T + kv.Value.R >= minCount)
            .Select(kv => (kv.Key.Token, kv.Key.Language, kv.Value));
        return Score(kept, totals, WordsFileName);
    }

    /// <summary>Writes rows; <paramref name="itemColumn"/> is <c>concept_id</c> or <c>token</c>.</summary>
    public static void Write(string path, string itemColumn, IEnumerable<KeynessRow> rows) =>
        CsvOutput.Write(path, csv =>
        {
            csv.WriteField(itemColumn);
            foreach (var c in StatColumns) csv.WriteField(c);
            csv.NextRecord();
            foreach (var r in rows)
            {
                var s = r.Score;
                csv.WriteField(r.Item);
                csv.WriteField(r.Language);
                csv.WriteField(CsvNumbers.Integer(s.FTarget));
                csv.WriteField(CsvNumbers.Integer(s.FReference));
                csv.WriteField(CsvNumbers.Integer(s.NTarget));
                csv.WriteField(CsvNumbers.Integer(s.NReference));
                csv.WriteField(CsvNumbers.Exact(s.G2));
                csv.WriteField(CsvNumbers.Exact(s.Chi2));
                csv.WriteField(CsvNumbers.Exact(s.Chi2Yates));
                csv.WriteField(CsvNumbers.Exact(s.LogRatio));
                csv.WriteField(CsvNumbers.Exact(s.P));
                csv.WriteField(CsvNumbers.Exact(r.PBonferroni));
                csv.NextRecord();
            }
        });

    /// <summary>Reads a file written by <see cref="Write"/> (either item column).</summary>
    public static IReadOnlyList<KeynessRow> Read(string path)
    {
        var (header, rows) = CsvTableReader.ReadDictionaries(path);
        var item = header.Contains("concept_id", StringComparer.Ordinal) ? "concept_id" : "token";
        CsvTableReader.RequireColumns(path, header, [item, .. StatColumns]);
        return rows.Select((r, i) => new KeynessRow(r[item], r["language"],
            new KeynessScore(
                CsvNumbers.ParseLong(r["f_target"], path, i), CsvNumbers.ParseLong(r["f_ref"], path, i),
                CsvNumbers.ParseLong(r["n_target"], path, i), CsvNumbers.ParseLong(r["n_ref"], path, i),
                CsvNumbers.ParseDouble(r["g2"], path, i), CsvNumbers.ParseDouble(r["chi2"], path, i),
                CsvNumbers.ParseDouble(r["chi2_yates"], path, i), CsvNumbers.ParseDouble(r["log_ratio"], path, i),
                CsvNumbers.ParseDouble(r["p"], path, i)),
            CsvNumbers.ParseDouble(r["p_bonferroni"], path, i))).ToList();
    }

    /// <summary>
    /// Word tokens a side must have in a language for keyness to be computed in it. Below this, one occurrence moves a
    /// relative frequency by 10 per 10,000 or more and the rows are noise (a 6-token reference gave G² and log ratio of
    /// opposite signs); such a language is refused with a note (<see cref="Refusals"/>), never tested. docs/methods.md.
    /// </summary>
    public const long MinSideTokens = 1_000;

    /// <summary>One note per token language that has text but is not tested because a side has fewer than <see cref="MinSideTokens"/> tokens.</summary>
    public static IReadOnlyList<string> Refusals(CountTables tables, KeynessSides sides) =>
        AllTotals(tables, sides)
            .Where(kv => kv.Value.T < MinSideTokens || kv.Value.R < MinSideTokens)
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"keyness in '{kv.Key}' not computed: the target has {kv.Value.T.ToString("N0", CultureInfo.InvariantCulture)} and the reference " +
                          $"{kv.Value.R.ToString("N0", CultureInfo.InvariantCulture)} {kv.Key} word tokens; each side needs at least {MinSideTokens.ToString("N0", CultureInfo.InvariantCulture)}")
            .ToList();

    private static Dictionary<string, (long T, long R)> TokenTotals(CountTables tables, KeynessSides sides)
    {
        var totals = AllTotals(tables, sides);
        foreach (var lang in totals.Where(kv => kv.Value.T < MinSideTokens || kv.Value.R < MinSideTokens).Select(kv => kv.Key).ToList())
            totals.Remove(lang);
        return totals;
    }

    private static Dictionary<string, (long T, long R)> AllTotals(CountTables tables, KeynessSides sides)
    {
        var totals = new Dictionary<string, (long T, long R)>(StringComparer.Ordinal);
        foreach (var d in tables.Documents)
        {
            var side = sides.SideOf(d.DocId);
            if (side is null) continue;
            foreach (var lang in tables.Languages)
            {
                if (tables.Tokens(d.DocId, lang) is not { } n) continue;
                var t = totals.GetValueOrDefault(lang);
                totals[lang] = side.Value ? (t.T + n, t.R) : (t.T, t.R + n);
            }
        }
        return totals;
    }

    private static IReadOnlyList<KeynessRow> Score(
        IEnumerable<(string Item, string Language, (long T, long R) F)> items,
        Dictionary<string, (long T, long R)> totals, string file)
    {
        var scored = new List<(string Item, string Language, KeynessScore Score)>();
        foreach (var (item, lang, f) in items)
        {
            if (!totals.TryGetValue(lang, out var n)) continue;
            if (f.T > n.T || f.R > n.R)
                throw new ConfigurationException(
                    $"'{item}' ({lang}) occurs more often than there are {lang} word tokens; concept_counts.csv and word_frequencies.csv disagree", file);
            scored.Add((item, lang, KeynessScore.Compute(f.T, f.R, n.T, n.R)));
        }
        var testsPerLanguage = scored.GroupBy(s => s.Language, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return scored
            .OrderBy(s => s.Language, StringComparer.Ordinal)
            .ThenByDescending(s => Math.Abs(s.Score.G2))
            .ThenBy(s => s.Item, StringComparer.Ordinal)
            .Select(s => new KeynessRow(s.Item, s.Language, s.Score, Bonferroni.Adjust(s.Score.P, testsPerLanguage[s.Language])))
            .ToList();
    }
}
