using System.Globalization;
using GovText.Core.Comparison;
using GovText.Core.Documents;
using GovText.Core.Matching;
using GovText.Core.Keywords;
using GovText.Core.Output;
using GovText.Core.Pipeline;
using GovText.Core.Tokens;
using GovText.Segmentation;
using GovText.Core.Text;

namespace GovText.Core.Collocations;

/// <summary>
/// Collocations of 2 and 3 words over the corpus (or per group): word tokens as <c>count</c> makes them
/// (jieba's cut for Chinese, lower-cased words for English), in runs that end at every sentence boundary,
/// punctuation or other non-space text between words, number and stop word — so no sequence crosses them.
/// Each sequence is scored as quanteda.textstats' <c>textstat_collocations</c> (λ, z) and with MI, t and G².
/// </summary>
public sealed class CollocationStage : IDocumentStage
{
    /// <summary>The output file.</summary>
    public const string FileName = "collocations.csv";

    private readonly CollocationOptions _options;
    private readonly DocumentTokenizer _tokenizer;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<(string Text, Language Language)> _words = [];
    private readonly Dictionary<string, SequenceCounts[]> _groups = new(StringComparer.Ordinal);
    private readonly List<CollocationRow> _rows = [];

    /// <summary>Creates the stage.</summary>
    /// <param name="options">Sizes, minimum count, grouping and stop words.</param>
    /// <param name="segmenter">The segmenter; null for jieba's default dictionary.</param>
    public CollocationStage(CollocationOptions options, Segmenter? segmenter = null)
    {
        if (options.Sizes.Count == 0 || options.Sizes.Any(s => s is < 2 or > 3))
            throw new ArgumentOutOfRangeException(nameof(options), "collocation sizes are 2 and 3");
        _options = options;
        _tokenizer = new DocumentTokenizer(segmenter ?? Segmenter.CreateDefault(), stems: false);
    }

    /// <inheritdoc />
    public string Name => "collocations";

    /// <summary>Documents without a value in the --by column (in no group).</summary>
    public int DocumentsWithoutGroup { get; private set; }

    /// <summary>The rows, once <see cref="Finish"/> has run.</summary>
    public IReadOnlyList<CollocationRow> Rows => _rows;

    /// <inheritdoc />
    public Action Process(Document document, Results.DocumentRow row)
    {
        var key = _options.By is { } by ? KeywordStage.GroupValue(document, by) : "";
        if (_options.By is not null && key.Length == 0) return () => DocumentsWithoutGroup++;
        // Tokenizing is the costly part and depends on this document alone; word ids and counts follow document order.
        var sentences = _tokenizer.Tokenize(document);
        return () => Count(document, key, sentences);
    }

    private void Count(Document document, string key, List<TokenSentence> sentences)
    {
        if (!_groups.TryGetValue(key, out var counts))
            _groups[key] = counts = _options.Sizes.Distinct().Order().Select(s => new SequenceCounts(s)).ToArray();
        var text = document.Text;
        var run = new List<int>();
        foreach (var sentence in sentences)
        {
            run.Clear();
            var previousEnd = -1;
            foreach (var token in sentence.Tokens.Span)
            {
                var breaks = token.Language == Language.Number || _options.StopWords.Contains(token.Normalized, token.Language);
                if (previousEnd >= 0 && !OnlySpaces(text.AsSpan(previousEnd, token.Start - previousEnd))) Flush(run, counts);
                if (breaks) { Flush(run, counts); previousEnd = -1; continue; }
                run.Add(Id(token.Normalized, token.Language));
                previousEnd = token.End;
            }
            Flush(run, counts);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Finish(string outDir)
    {
        foreach (var group in GroupOrder.Sort(_groups.Keys))
        {
            var rows = new List<CollocationRow>();
            foreach (var counts in _groups[group])
            {
                foreach (var (sequence, count) in counts.Sequences)
                {
                    if (count < _options.MinCount) continue;
                    int[] words = counts.Size == 3 ? [sequence.Item1, sequence.Item2, sequence.Item3] : [sequence.Item1, sequence.Item2];
                    var cells = counts.Cells(sequence);
                    var (lambda, z) = CollocationScores.Lambda(cells, counts.Size);
                    var marginals = words.Select((w, p) => counts.AtPosition(p, w)).ToArray();
                    var (mi, t, g2) = CollocationScores.Association(cells, counts.Size, marginals, counts.Windows);
                    var languages = words.Select(w => _words[w].Language).Distinct().ToList();
                    rows.Add(new CollocationRow(_options.By is null ? null : group, string.Join(' ', words.Select(w => _words[w].Text)),
                        counts.Size, count, lambda, z, mi, t, g2, languages.Count == 1 ? languages[0] : Language.Mixed));
                }
            }
            // quanteda's order: z descending; ties by the collocation's text so the file is stable.
            rows.Sort((a, b) => b.Z.CompareTo(a.Z) is var c && c != 0 ? c : string.CompareOrdinal(a.Collocation, b.Collocation));
            _rows.AddRange(rows);
        }
        var path = Path.Combine(outDir, FileName);
        CsvOutput.Write(path, csv =>
        {
            var header = new List<string> { "collocation", "size", "count", "lambda", "z", "mi", "t", "g2", "language" };
            if (_options.By is not null) header.Insert(0, "group");
            foreach (var column in header) csv.WriteField(column);
            csv.NextRecord();
            foreach (var row in _rows)
            {
                if (_options.By is not null) csv.WriteField(row.Group);
                csv.WriteField(row.Collocation);
                csv.WriteField(row.Size.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var v in new[] { row.Lambda, row.Z, row.Mi, row.T, row.G2 }) csv.WriteField(CsvOutput.Number(v));
                csv.WriteField(row.Language);
                csv.NextRecord();
            }
        });
        return [path];
    }

    private int Id(string text, Language language)
    {
        if (_ids.TryGetValue(text, out var id)) return id;
        _ids[text] = id = _words.Count;
        _words.Add((text, language));
        return id;
    }

    private static void Flush(List<int> run, SequenceCounts[] counts)
    {
        if (run.Count >= 2) foreach (var c in counts) c.AddRun(run);
        run.Clear();
    }

    private static bool OnlySpaces(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap) if (!char.IsWhiteSpace(c)) return false;
        return true;
    }
}
