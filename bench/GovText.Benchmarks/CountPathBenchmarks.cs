using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovText.Core.Cleaning;
using GovText.Core.Counting;
using GovText.Core.Documents;
using GovText.Core.Ingestion;
using GovText.Core.Lexicon;
using GovText.Core.Tokens;
using GovText.Segmentation;

/// <summary>
/// The stages of <c>govtext count</c> after reading, in isolation, over the whole work-report corpus (one operation =
/// every document once): cleaning, the analysis token path around the segmenter, word frequencies, and the whole
/// per-document count (tokens, matches, counts, match rows, word frequencies). Reported as MB/s of UTF-8 input and
/// bytes allocated per token, so an allocation regression on the token path shows.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CountPathConfig))]
public class CountPathBenchmarks
{
    private string[][] _documents = [];
    private RawDocument[] _raw = [];
    private List<AnalysisToken>[] _tokens = [];
    private TextCleaner _cleaner = null!;
    private AnalysisTokenizer _tokenizer = null!;
    private Segmenter _segmenter = null!;
    private Document[] _ingested = [];
    private DocumentCounter _counter = null!;

    /// <summary>UTF-8 size of the corpus, for the MB/s column.</summary>
    internal static long CorpusBytes { get; private set; }

    /// <summary>Word tokens of the corpus, for the bytes-per-token column.</summary>
    internal static long TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        (_documents, var bytes) = Load();
        CorpusBytes = bytes;
        _raw = _documents
            .Select(lines => new RawDocument([lines.Select((l, i) => new RawLine(i + 1, l)).ToList()], null, "utf-8", "txt", ""))
            .ToArray();
        _cleaner = new TextCleaner(CleaningOptions.Default);
        _segmenter = Segmenter.CreateDefault();
        _tokenizer = new AnalysisTokenizer(_segmenter);
        _tokens = _documents.Select(lines => lines.SelectMany(l => _tokenizer.Tokenize(l)).ToList()).ToArray();
        TokenCount = _tokens.Sum(t => t.Count);
        var ingestor = new CorpusIngestor(new IngestOptions(BenchCorpus.Directory(), null, CleaningOptions.Default));
        _ingested = ingestor.Files.Select(ingestor.Process).OfType<DocumentIngested>().Select(d => d.Document).ToArray();
        _counter = new DocumentCounter(ConceptLexicon.Default.Compile());
    }

    /// <summary>Every cleaning step with the default rules.</summary>
    [Benchmark]
    public int Clean()
    {
        var n = 0;
        foreach (var raw in _raw) n += _cleaner.Clean(raw).Paragraphs.Count;
        return n;
    }

    /// <summary>The segmenter's allocation-free span API alone: the floor of <see cref="Tokenize"/>.</summary>
    [Benchmark(Baseline = true)]
    public long Segment()
    {
        long n = 0;
        TokenCallback count = (_, _, _) => n++;
        foreach (var lines in _documents)
            foreach (var line in lines) _segmenter.Cut(line.AsSpan(), count);
        return n;
    }

    /// <summary>
    /// Segmenting and building the word tokens (with stems) of every line, into one list reused from line to line as
    /// counting reuses its buffer: what it allocates per token is the token path's own waste (0 B when none).
    /// </summary>
    [Benchmark]
    public long Tokenize()
    {
        long n = 0;
        var tokens = new List<AnalysisToken>();
        foreach (var lines in _documents)
            foreach (var line in lines)
            {
                tokens.Clear();
                _tokenizer.Tokenize(line, 0, tokens);
                n += tokens.Count;
            }
        return n;
    }

    /// <summary>The word_frequencies rows of every document from its tokens.</summary>
    [Benchmark]
    public int WordFrequencyRows()
    {
        var n = 0;
        foreach (var tokens in _tokens) n += WordFrequencies.Count("doc", tokens, _segmenter.GetTag).Count;
        return n;
    }

    /// <summary>
    /// <c>DocumentCounter.Count</c> on every ingested document (default lexicon), without word frequencies as
    /// <c>govtext count</c> runs by default: what a count worker does per document after ingestion. What it allocates
    /// beyond the counts and matches it returns is the token path's.
    /// </summary>
    [Benchmark]
    public int CountDocuments()
    {
        var n = 0;
        foreach (var document in _ingested) n += _counter.Count(document, wordFrequencies: false).Counts.Count;
        return n;
    }

    /// <summary><see cref="CountDocuments"/> with word frequencies (<c>--word-frequencies</c>, word keyness, <c>analyze</c>).</summary>
    [Benchmark]
    public int CountDocumentsWithFrequencies()
    {
        var n = 0;
        foreach (var document in _ingested) n += _counter.Count(document, wordFrequencies: true).Frequencies.Count;
        return n;
    }

    private static (string[][] Documents, long Utf8Bytes) Load()
    {
        var files = Directory.GetFiles(BenchCorpus.Directory(), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var documents = files.Select(f => File.ReadAllText(f).Split('\n')).ToArray();
        return (documents, files.Sum(f => new FileInfo(f).Length));
    }

    private sealed class CountPathConfig : ManualConfig
    {
        public CountPathConfig()
        {
            AddColumn(DerivedColumn.MegabytesPerSecond("MB/s (UTF-8)", "UTF-8 input megabytes (10^6 bytes) per second, from the mean time", Bytes));
            AddColumn(DerivedColumn.Allocated("AllocPerToken", "Alloc/token", "Bytes allocated per word token of the corpus",
                bytes => (bytes / (double)Tokens()).ToString("F1", CultureInfo.InvariantCulture) + " B"));
        }
    }

    // Columns are evaluated in the host process, where GlobalSetup did not run.
    private static long Bytes()
    {
        if (CorpusBytes == 0) new CountPathBenchmarks().Setup();
        return CorpusBytes;
    }

    private static long Tokens()
    {
        if (TokenCount == 0) new CountPathBenchmarks().Setup();
        return TokenCount;
    }
}
