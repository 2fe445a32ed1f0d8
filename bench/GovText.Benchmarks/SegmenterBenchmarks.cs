using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovText.Core.Lexicon;
using GovText.Segmentation;

/// <summary>
/// Segmentation throughput over the whole work-report corpus (one operation = every line once, through the
/// allocation-free span API), reported as MB/s of UTF-8 input next to the allocations per MB.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SegmenterBenchmarks
{
    private string[] _lines = [];
    private Segmenter _segmenter = null!;
    private Segmenter _withLexicon = null!;
    private TokenCallback _count = null!;
    private long _tokens;

    /// <summary>UTF-8 size of the corpus, for the MB/s column.</summary>
    internal static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        (_lines, var bytes) = BenchCorpus.Load();
        CorpusBytes = bytes;
        _segmenter = Segmenter.CreateDefault();
        _withLexicon = WithLexiconWords();
        // One delegate for the whole run, so Alloc/MB shows the segmenter's allocations only.
        _count = (_, _, _) => _tokens++;
    }

    /// <summary>
    /// The default segmenter with the default lexicon's Chinese terms added as user words, as <c>govtext count</c> and
    /// <c>analyze</c> always segment.
    /// </summary>
    internal static Segmenter WithLexiconWords()
    {
        var segmenter = Segmenter.CreateDefault();
        segmenter.AddWords(ConceptLexicon.Default.Compile().ChineseWords);
        return segmenter;
    }

    private long CutAll(SegmentationMode mode, bool hmm) => CutAll(_segmenter, mode, hmm);

    private long CutAll(Segmenter segmenter, SegmentationMode mode, bool hmm)
    {
        _tokens = 0;
        foreach (var line in _lines) segmenter.Cut(line.AsSpan(), _count, mode, hmm);
        return _tokens;
    }

    [Benchmark(Baseline = true)]
    public long AccurateHmm() => CutAll(SegmentationMode.Accurate, true);

    /// <summary>The same cut with the lexicon's user words: the route checks the overlay at every position.</summary>
    [Benchmark]
    public long AccurateHmmLexicon() => CutAll(_withLexicon, SegmentationMode.Accurate, true);

    [Benchmark]
    public long AccurateNoHmm() => CutAll(SegmentationMode.Accurate, false);

    [Benchmark]
    public long Search() => CutAll(SegmentationMode.Search, true);

    [Benchmark]
    public long Full() => CutAll(SegmentationMode.Full, true);

    /// <summary>The convenience API that builds a Token list with strings, for comparison.</summary>
    [Benchmark]
    public int AccurateHmmTokenList()
    {
        var n = 0;
        foreach (var line in _lines) n += _segmenter.Cut(line).Count;
        return n;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(DerivedColumn.MegabytesPerSecond("MB/s (UTF-8)",
                "UTF-8 input megabytes (10^6 bytes) segmented per second, from the mean time", CorpusBytesOrLoad));
            AddColumn(DerivedColumn.Allocated("AllocPerMB", "Alloc/MB", "Bytes allocated per MB of UTF-8 input",
                bytes => (bytes / (CorpusBytesOrLoad() / 1e6)).ToString("N0", CultureInfo.InvariantCulture) + " B"));
        }
    }

    // Columns are evaluated in the host process, where GlobalSetup did not run.
    private static long CorpusBytesOrLoad() => CorpusBytes > 0 ? CorpusBytes : (CorpusBytes = BenchCorpus.Load().Utf8Bytes);
}
