using System.Runtime.InteropServices;
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
    public static List<WordFrequencyRow> Count(string docId, IEnumerable<AnalysisToken> tokens, Func<string, string?>? chineseTag = null) =>
        Count(docId, AsSpan(tokens), chineseTag, setAside: null);

    /// <summary>
    /// <see cref="Count(string, IEnumerable{AnalysisToken}, Func{string, string?}?)"/> over a span of tokens, counting
    /// the tokens of the languages in <paramref name="setAside"/> under <see cref="CountedLanguages.Other"/> (so the
    /// tokens themselves need not be relabelled).
    /// </summary>
    internal static List<WordFrequencyRow> Count(
        string docId, ReadOnlySpan<AnalysisToken> tokens, Func<string, string?>? chineseTag, IReadOnlyDictionary<Language, int>? setAside)
    {
        // One ordinal dictionary per language (a document has two or three), so the hot loop hashes one string and the
        // rows come out by sorting each language's words once, with no tuple keys and no LINQ sorter. The dictionaries
        // and the sort buffer are this thread's, reused from document to document: only the rows are new.
        var scratch = _scratch ??= new Scratch();
        var byLanguage = scratch.ByLanguage;
        foreach (var words in byLanguage.Values) words.Clear();
        Dictionary<string, int>? counts = null;
        Language language = default;
        var rows = 0;
        foreach (ref readonly var token in tokens)
        {
            if (token.Language != language || counts is null)
            {
                language = token.Language;
                var label = setAside is not null && setAside.ContainsKey(language) ? CountedLanguages.Other : language;
                if (!byLanguage.TryGetValue(label, out counts))
                {
                    counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    byLanguage.Add(label, counts);
                }
            }
            ref var n = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, token.Normalized, out var existed);
            if (!existed) rows++;
            n++;
        }
        // Languages order as their codes do ordinally (Language.CompareTo), as the rows always have.
        var languages = new List<Language>(byLanguage.Count);
        foreach (var (lang, words) in byLanguage)
            if (words.Count > 0) languages.Add(lang);
        languages.Sort();
        var result = new List<WordFrequencyRow>(rows);
        foreach (var lang in languages)
        {
            var words = byLanguage[lang];
            if (scratch.Sorted.Length < words.Count) scratch.Sorted = new KeyValuePair<string, int>[Math.Max(words.Count, scratch.Sorted.Length * 2)];
            var sorted = scratch.Sorted.AsSpan(0, words.Count);
            var i = 0;
            foreach (var pair in words) sorted[i++] = pair;
            sorted.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            var tagged = chineseTag is not null && lang == Language.Chinese;
            foreach (var (key, count) in sorted)
                result.Add(new WordFrequencyRow { DocId = docId, Language = lang, Token = key, Count = count, Pos = tagged ? chineseTag!(key) ?? "" : "" });
            // Neither the buffer nor the dictionary holds strings of documents already done, and one that an unusually
            // long document grew gives its memory back.
            sorted.Clear();
            words.Clear();
            if (words.EnsureCapacity(0) > MaxKeptWords) words.TrimExcess();
        }
        if (scratch.Sorted.Length > MaxKeptWords) scratch.Sorted = new KeyValuePair<string, int>[256];
        return result;
    }

    // Word types per language (about 2.4 MB of dictionary) past which a thread's dictionary is shrunk after its document.
    private const int MaxKeptWords = 1 << 16;

    [ThreadStatic] private static Scratch? _scratch;

    /// <summary>One thread's dictionaries (one per language label) and sort buffer, as large as its largest document needs.</summary>
    private sealed class Scratch
    {
        public Dictionary<Language, Dictionary<string, int>> ByLanguage { get; } = [];

        public KeyValuePair<string, int>[] Sorted { get; set; } = new KeyValuePair<string, int>[256];
    }

    /// <summary>Word tokens per language, the <c>tokenTotals</c> argument of <see cref="ConceptCounter.Count"/>.</summary>
    public static Dictionary<Language, int> TokenTotals(IEnumerable<AnalysisToken> tokens) => TokenTotals(AsSpan(tokens));

    /// <summary><see cref="TokenTotals(IEnumerable{AnalysisToken})"/> over a span of tokens.</summary>
    internal static Dictionary<Language, int> TokenTotals(ReadOnlySpan<AnalysisToken> tokens)
    {
        var totals = new Dictionary<Language, int>();
        AddTokenTotals(tokens, totals);
        return totals;
    }

    /// <summary>Adds the word tokens per language of <paramref name="tokens"/> to <paramref name="totals"/>.</summary>
    internal static void AddTokenTotals(ReadOnlySpan<AnalysisToken> tokens, Dictionary<Language, int> totals)
    {
        var i = 0;
        while (i < tokens.Length)
        {
            // Tokens come in runs of one language: one dictionary update per run, not per token.
            var language = tokens[i].Language;
            var run = i + 1;
            while (run < tokens.Length && tokens[run].Language == language) run++;
            totals[language] = totals.GetValueOrDefault(language) + (run - i);
            i = run;
        }
    }

    private static ReadOnlySpan<AnalysisToken> AsSpan(IEnumerable<AnalysisToken> tokens) => tokens switch
    {
        AnalysisToken[] array => array,
        List<AnalysisToken> list => CollectionsMarshal.AsSpan(list),
        _ => tokens.ToArray(),
    };
}
