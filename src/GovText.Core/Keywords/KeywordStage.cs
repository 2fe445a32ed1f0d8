using System.Globalization;
using System.Text;
using GovText.Core.Comparison;
using GovText.Core.Documents;
using GovText.Core.Ingestion;
using GovText.Core.Output;
using GovText.Core.Pipeline;
using GovText.Core.StopWords;
using GovText.Segmentation;
using GovText.Core.Text;

namespace GovText.Core.Keywords;

/// <summary>
/// Keywords per document or per group, computed on the cleaned text the pipeline writes to text/ (so anyone
/// can recompute them with jieba): with jieba's IDF, each document's list is exactly
/// <c>jieba.analyse.extract_tags</c> / <c>textrank</c> of that text. A group pools its documents' word counts
/// (TF-IDF) or co-occurrence counts (TextRank; windows stay inside a document). With the corpus IDF, document
/// frequencies are counted first and each document's text is read back from text/ when the corpus is done, so
/// memory holds counts, never documents.
/// </summary>
public sealed class KeywordStage : IDocumentStage
{
    /// <summary>The output file.</summary>
    public const string FileName = "keywords.csv";

    private readonly KeywordOptions _options;
    private readonly Segmenter _segmenter;
    private readonly IReadOnlySet<string>? _pos;
    private readonly List<KeywordRow> _rows = [];
    private readonly List<(string Id, Language Language)> _documents = [];
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private int _withoutGroup;
    private int _documentCount;

    /// <summary>Creates the stage.</summary>
    /// <param name="options">What to extract.</param>
    /// <param name="segmenter">The segmenter (with any user words); null for jieba's default dictionary.</param>
    public KeywordStage(KeywordOptions options, Segmenter? segmenter = null)
    {
        _options = options;
        _segmenter = segmenter ?? Segmenter.CreateDefault();
        _pos = options.Pos is { Count: > 0 } ? new HashSet<string>(options.Pos, StringComparer.Ordinal) : null;
    }

    /// <inheritdoc />
    public string Name => "keywords";

    /// <summary>Documents that had no value in the --by column (left out of every group).</summary>
    public int DocumentsWithoutGroup => _withoutGroup;

    /// <inheritdoc />
    /// <remarks>Keywords are all ordered work: documents add to shared counts (groups, document frequencies) or to the rows in
    /// document order.</remarks>
    public Action Process(Document document, Results.DocumentRow row) => () => Add(document);

    private void Add(Document document)
    {
        var text = document.Text;
        if (_options.By is { } by)
        {
            var key = GroupValue(document, by);
            if (key.Length == 0) { _withoutGroup++; return; }
            if (!_groups.TryGetValue(key, out var group)) _groups[key] = group = new Group();
            group.Languages.Add(document.Language);
            if (_options.Method == KeywordMethod.TextRank) JiebaAnalyse.CountCooccurrences(_segmenter, text, group.Pairs, TextRankPos);
            else CountTerms(text, group.Counts);
        }
        else if (_options.Idf == IdfSource.Jieba || _options.Method == KeywordMethod.TextRank)
        {
            AddRows(document.Id, document.Language, Extract(text));
            return;
        }
        else
        {
            _documents.Add((document.Id, document.Language));
        }
        if (_options.Method == KeywordMethod.TfIdf && _options.Idf == IdfSource.Corpus)
        {
            var counts = new KeywordCounts();
            CountTerms(text, counts);
            for (var i = 0; i < counts.Count; i++)
                _documentFrequency[counts.Word(i)] = _documentFrequency.GetValueOrDefault(counts.Word(i)) + 1;
            _documentCount++;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Finish(string outDir)
    {
        if (_options.By is not null)
        {
            foreach (var key in GroupOrder.Sort(_groups.Keys))
            {
                var group = _groups[key];
                var language = group.Languages.Count == 1 ? group.Languages.First() : Language.Mixed;
                AddRows(key, language, _options.Method == KeywordMethod.TextRank
                    ? JiebaAnalyse.Rank(group.Pairs, _options.Top)
                    : JiebaAnalyse.WeighTags(group.Counts, Idf, _options.Top));
            }
        }
        else
        {
            foreach (var (id, language) in _documents)
            {
                var text = File.ReadAllText(Path.Combine(outDir, Results.ResultFiles.TextFolder, id + ".txt"), new UTF8Encoding(false));
                var counts = new KeywordCounts();
                CountTerms(text, counts);
                AddRows(id, language, JiebaAnalyse.WeighTags(counts, Idf, _options.Top));
            }
        }
        var path = Path.Combine(outDir, FileName);
        CsvOutput.Write(path, csv =>
        {
            foreach (var column in new[] { _options.By is null ? "doc_id" : "group", "rank", "term", "weight", "language" }) csv.WriteField(column);
            csv.NextRecord();
            foreach (var row in _rows)
            {
                csv.WriteField(row.Unit);
                csv.WriteField(row.Rank.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.Term);
                csv.WriteField(CsvOutput.Number(row.Weight));
                csv.WriteField(row.Language);
                csv.NextRecord();
            }
        });
        return [path];
    }

    /// <summary>The keyword rows, once <see cref="Finish"/> has run.</summary>
    public IReadOnlyList<KeywordRow> Rows => _rows;

    private IReadOnlyCollection<string>? TextRankPos => _options.Pos is { Count: > 0 } ? _options.Pos : null;

    private IReadOnlyList<WeightedWord> Extract(string text) => _options.Method == KeywordMethod.TextRank
        ? JiebaAnalyse.TextRank(_segmenter, text, _options.Top, TextRankPos)
        : JiebaAnalyse.ExtractTags(_segmenter, text, _options.Top, _pos);

    // extract_tags' counting; with the corpus IDF, Latin words are counted lower-cased so "Governance" and
    // "governance" are one term, and GovText's default stop-word lists (Core/StopWords) apply on top of jieba's
    // 31 English ones: jieba's IDF already pushes function words down, a corpus IDF of a few documents does not.
    // jieba's own IDF mode keeps jieba's case and stop words, so it stays equal to extract_tags.
    private void CountTerms(string text, KeywordCounts counts)
    {
        if (_options.Idf == IdfSource.Jieba) { JiebaAnalyse.CountTags(_segmenter, text, counts, _pos); return; }
        var lowered = new KeywordCounts();
        JiebaAnalyse.CountTags(_segmenter, text, lowered, _pos);
        // Re-count in the same first-occurrence order with case folded.
        for (var i = 0; i < lowered.Count; i++)
        {
            var word = lowered.Word(i).ToLowerInvariant();
            if (StopWordList.Default.Contains(word, word.Any(char.IsAsciiLetter) ? Language.English : Language.Chinese)) continue;
            for (var n = 0; n < (int)lowered.Frequency(i); n++) counts.Add(word);
        }
    }

    private double Idf(string word)
    {
        if (_options.Idf == IdfSource.Jieba) return JiebaIdf.Default.Get(word);
        var df = _documentFrequency.GetValueOrDefault(word);
        return df == 0 ? 0.0 : Math.Log(_documentCount / (double)df);
    }

    private void AddRows(string unit, Language language, IReadOnlyList<WeightedWord> keywords)
    {
        for (var i = 0; i < keywords.Count; i++) _rows.Add(new KeywordRow(unit, i + 1, keywords[i].Word, keywords[i].Weight, language));
    }

    /// <summary>The value of a documents.csv column for a document: year, language, title, doc_id or a manifest column.</summary>
    public static string GroupValue(Document document, string column) => column switch
    {
        "year" => document.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        "language" => document.Language.Code,
        "title" => document.Title ?? "",
        "doc_id" or "id" => document.Id,
        _ => document.Metadata.TryGetValue(column, out var v) ? v.Trim() : "",
    };

    private sealed class Group
    {
        public KeywordCounts Counts { get; } = new();

        public CooccurrenceCounts Pairs { get; } = new();

        public SortedSet<Language> Languages { get; } = [];
    }
}
