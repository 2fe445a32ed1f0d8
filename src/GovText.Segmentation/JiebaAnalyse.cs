using GovText.Segmentation.Internal;

namespace GovText.Segmentation;

/// <summary>
/// jieba 0.42.1's keyword extraction (<c>jieba.analyse.extract_tags</c> and <c>jieba.analyse.textrank</c>,
/// <c>withWeight=True</c>), transcribed operation by operation so weights are the same doubles and ties
/// keep jieba's order (first occurrence for TF-IDF, graph insertion order for TextRank).
/// </summary>
public static class JiebaAnalyse
{
    /// <summary><c>KeywordExtractor.STOP_WORDS</c>, the default stop words of both extractors.</summary>
    public static IReadOnlySet<string> DefaultStopWords { get; } = new HashSet<string>(
    [
        "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are",
        "by", "be", "as", "on", "with", "can", "if", "from", "which", "you", "it",
        "this", "then", "at", "have", "all", "not", "one", "has", "or",
    ], StringComparer.Ordinal);

    /// <summary><c>TextRank</c>'s default <c>allowPOS</c>.</summary>
    public static IReadOnlyList<string> TextRankDefaultPos { get; } = ["ns", "n", "vn", "v"];

    /// <summary>
    /// <c>jieba.analyse.extract_tags(text, topK, withWeight=True, allowPOS)</c>: words cut by
    /// <c>jieba.cut</c> (or, with <paramref name="allowPos"/>, by <c>jieba.posseg</c> and filtered by flag),
    /// without words of fewer than two characters after stripping whitespace and without stop words
    /// (compared lower-cased); weight = count × (IDF ÷ number of kept words), IDF from jieba's idf.txt or its
    /// median for unknown words; sorted by weight, ties in order of first occurrence.
    /// </summary>
    /// <param name="segmenter">The segmenter (its user words take part, as jieba's global tokenizer's do).</param>
    /// <param name="text">The text.</param>
    /// <param name="topK">How many to return; null or 0 for all (jieba's falsy topK).</param>
    /// <param name="allowPos">POS flags to keep; null or empty for no POS filter (and no POS tagging).</param>
    /// <param name="stopWords">The stop words; null for <see cref="DefaultStopWords"/>.</param>
    /// <param name="idf">The IDF table; null for jieba's.</param>
    public static IReadOnlyList<WeightedWord> ExtractTags(Segmenter segmenter, string text, int? topK = 20,
        IReadOnlyCollection<string>? allowPos = null, IReadOnlySet<string>? stopWords = null, JiebaIdf? idf = null)
    {
        var counts = new KeywordCounts();
        CountTags(segmenter, text, counts, allowPos, stopWords);
        idf ??= JiebaIdf.Default;
        return WeighTags(counts, w => idf.Get(w), topK);
    }

    /// <summary>
    /// The counting half of <see cref="ExtractTags"/>: adds the words <c>extract_tags</c> keeps from
    /// <paramref name="text"/> to <paramref name="counts"/> (so several texts can be pooled).
    /// </summary>
    /// <param name="segmenter">The segmenter.</param>
    /// <param name="text">The text.</param>
    /// <param name="counts">Where the kept words are counted.</param>
    /// <param name="allowPos">POS flags to keep; null or empty for no POS filter.</param>
    /// <param name="stopWords">The stop words; null for <see cref="DefaultStopWords"/>.</param>
    public static void CountTags(Segmenter segmenter, string text, KeywordCounts counts,
        IReadOnlyCollection<string>? allowPos = null, IReadOnlySet<string>? stopWords = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(counts);
        var stop = stopWords ?? DefaultStopWords;
        if (allowPos is { Count: > 0 })
        {
            var allowed = allowPos as IReadOnlySet<string> ?? new HashSet<string>(allowPos, StringComparer.Ordinal);
            segmenter.CutWithTags(text, (word, tag, _, _) =>
            {
                if (allowed.Contains(tag) && Keep(word, stop)) counts.Add(word);
            });
        }
        else
        {
            segmenter.Cut(text, (word, _, _) =>
            {
                if (Keep(word, stop)) counts.Add(word);
            });
        }
    }

    /// <summary>
    /// The weighting half of <see cref="ExtractTags"/>: count × (IDF ÷ total count), sorted by weight with
    /// ties in first-occurrence order.
    /// </summary>
    /// <param name="counts">Kept words and their counts.</param>
    /// <param name="idf">The IDF of a word (jieba: its table, else the median).</param>
    /// <param name="topK">How many to return; null or 0 for all.</param>
    public static IReadOnlyList<WeightedWord> WeighTags(KeywordCounts counts, Func<string, double> idf, int? topK)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(idf);
        var total = 0.0;
        for (var i = 0; i < counts.Count; i++) total += counts.Frequency(i);
        var weighted = new WeightedWord[counts.Count];
        for (var i = 0; i < weighted.Length; i++)
        {
            var word = counts.Word(i);
            weighted[i] = new WeightedWord(word, counts.Frequency(i) * (idf(word) / total));
        }
        return Top(weighted, topK);
    }

    /// <summary>
    /// <c>jieba.analyse.textrank(text, topK, withWeight=True, allowPOS)</c>: words tagged by
    /// <c>jieba.posseg</c>; each kept word (flag allowed, two or more characters, not a stop word) is linked
    /// to every kept word among the next four words; ten Gauss–Seidel PageRank sweeps (d = 0.85) over the
    /// nodes in code-point order, then jieba's rescaling <c>(w − min/10) ÷ (max − min/10)</c>.
    /// </summary>
    /// <param name="segmenter">The segmenter.</param>
    /// <param name="text">The text.</param>
    /// <param name="topK">How many to return; null or 0 for all.</param>
    /// <param name="allowPos">POS flags to keep; null for jieba's default (ns, n, vn, v). An empty set keeps nothing, as in jieba.</param>
    /// <param name="stopWords">The stop words; null for <see cref="DefaultStopWords"/>.</param>
    public static IReadOnlyList<WeightedWord> TextRank(Segmenter segmenter, string text, int? topK = 20,
        IReadOnlyCollection<string>? allowPos = null, IReadOnlySet<string>? stopWords = null)
    {
        var pairs = new CooccurrenceCounts();
        CountCooccurrences(segmenter, text, pairs, allowPos, stopWords);
        return Rank(pairs, topK);
    }

    /// <summary>
    /// The counting half of <see cref="TextRank"/>: adds the ordered co-occurrences of kept words within
    /// jieba's window (the next four words of <paramref name="text"/>) to <paramref name="pairs"/>; windows
    /// never reach into another text added to the same counts.
    /// </summary>
    /// <param name="segmenter">The segmenter.</param>
    /// <param name="text">The text.</param>
    /// <param name="pairs">Where the co-occurrences are counted.</param>
    /// <param name="allowPos">POS flags to keep; null for jieba's default (ns, n, vn, v).</param>
    /// <param name="stopWords">The stop words; null for <see cref="DefaultStopWords"/>.</param>
    public static void CountCooccurrences(Segmenter segmenter, string text, CooccurrenceCounts pairs,
        IReadOnlyCollection<string>? allowPos = null, IReadOnlySet<string>? stopWords = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pairs);
        var stop = stopWords ?? DefaultStopWords;
        var allowed = new HashSet<string>(allowPos ?? TextRankDefaultPos, StringComparer.Ordinal);
        var words = segmenter.CutWithTags(text);
        var keep = new bool[words.Count];
        for (var i = 0; i < keep.Length; i++) keep[i] = allowed.Contains(words[i].Tag) && Keep(words[i].Text, stop);
        const int span = 5;
        for (var i = 0; i < words.Count; i++)
        {
            if (!keep[i]) continue;
            for (var j = i + 1; j < i + span; j++)
            {
                if (j >= words.Count) break;
                if (keep[j]) pairs.Add(words[i].Text, words[j].Text);
            }
        }
    }

    /// <summary>The ranking half of <see cref="TextRank"/>: jieba's <c>UndirectWeightedGraph.rank</c> over the counted pairs.</summary>
    /// <param name="pairs">The co-occurrence counts.</param>
    /// <param name="topK">How many to return; null or 0 for all.</param>
    public static IReadOnlyList<WeightedWord> Rank(CooccurrenceCounts pairs, int? topK)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        // UndirectWeightedGraph: each pair adds an edge to both ends; nodes in first-seen order.
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodes = new List<string>();
        var edges = new List<List<(int To, int Weight)>>();
        int Node(string w)
        {
            if (nodeIndex.TryGetValue(w, out var n)) return n;
            nodeIndex[w] = nodes.Count;
            nodes.Add(w);
            edges.Add([]);
            return nodes.Count - 1;
        }
        for (var p = 0; p < pairs.Count; p++)
        {
            var (from, to, weight) = pairs[p];
            var a = Node(from);
            edges[a].Add((Node(to), weight));
            var b = Node(to);
            edges[b].Add((a, weight));
        }
        if (nodes.Count == 0) return [];

        const double d = 0.85;
        var ws = new double[nodes.Count];
        var outSum = new double[nodes.Count];
        var wsdef = 1.0 / nodes.Count;
        for (var n = 0; n < nodes.Count; n++)
        {
            ws[n] = wsdef;
            var sum = 0.0;
            foreach (var e in edges[n]) sum += e.Weight;
            outSum[n] = sum;
        }
        var sorted = Enumerable.Range(0, nodes.Count).ToArray();
        Array.Sort(sorted, (x, y) => ComparePython(nodes[x], nodes[y]));
        for (var iteration = 0; iteration < 10; iteration++)
        {
            foreach (var n in sorted)
            {
                var s = 0.0;
                foreach (var e in edges[n]) s += e.Weight / outSum[e.To] * ws[e.To];
                ws[n] = (1 - d) + d * s;
            }
        }
        // jieba starts the scan at (sys.float_info.max, sys.float_info.min): the largest double and the smallest normal one.
        var minRank = double.MaxValue;
        var maxRank = 2.2250738585072014e-308;
        foreach (var w in ws)
        {
            if (w < minRank) minRank = w;
            if (w > maxRank) maxRank = w;
        }
        var weighted = new WeightedWord[nodes.Count];
        for (var n = 0; n < nodes.Count; n++)
            weighted[n] = new WeightedWord(nodes[n], (ws[n] - minRank / 10.0) / (maxRank - minRank / 10.0));
        return Top(weighted, topK);
    }

    // sorted(..., key=weight, reverse=True) is stable: equal weights keep their input order.
    private static WeightedWord[] Top(WeightedWord[] weighted, int? topK)
    {
        var ordered = weighted.OrderByDescending(w => w.Weight).ToArray();
        return topK is > 0 && topK < ordered.Length ? ordered[..topK.Value] : ordered;
    }

    // len(w.strip()) >= 2 and w.lower() not in stop_words, with Python's whitespace and code-point length.
    /// <summary>jieba.analyse's word filter: at least two code points once Python's whitespace is stripped, and not a stop word (lower-cased).</summary>
    /// <param name="word">The word.</param>
    /// <param name="stopWords">The stop words.</param>
    public static bool Keep(ReadOnlySpan<char> word, IReadOnlySet<string> stopWords)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && PythonText.IsSpace(word[start])) start++;
        while (end > start && PythonText.IsSpace(word[end - 1])) end--;
        var codePoints = 0;
        for (var i = start; i < end && codePoints < 2; i += PythonText.CodePointLength(word, i)) codePoints++;
        if (codePoints < 2) return false;
        return !stopWords.Contains(word.ToString().ToLowerInvariant());
    }

    /// <summary>Python's str ordering: by code point (UTF-16 order differs above the surrogates).</summary>
    internal static int ComparePython(string x, string y)
    {
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            if (x[i] == y[i]) continue;
            return Rank(x[i]).CompareTo(Rank(y[i]));
        }
        return x.Length.CompareTo(y.Length);

        // Surrogates (astral code points) sort after every BMP character.
        static int Rank(char c) => char.IsSurrogate(c) ? c + 0x10000 : c;
    }
}
