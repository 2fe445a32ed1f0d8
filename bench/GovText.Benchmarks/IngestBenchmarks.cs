using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GovText.Core.Cleaning;
using GovText.Core.Corpus;
using GovText.Core.Documents;
using GovText.Core.Ingestion;

/// <summary>
/// Ingestion in isolation over the reference corpora (../shared/corpora: gwr, gwr-alt-editions, cpc-congress; one
/// operation = every file once): reading (encoding detection, decoding, SHA-256), cleaning, assembling (paragraphs,
/// sentences, language tags, script counts), the whole <see cref="DocumentBuilder.Build"/>, and writing the documents'
/// <c>text/</c> files. Reported as MB/s of input and bytes allocated per MB, so a regression in either shows.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(IngestConfig))]
public class IngestBenchmarks
{
    private CorpusFile[] _files = [];
    private RawDocument[] _raw = [];
    private CleanedText[] _cleaned = [];
    private Document[] _documents = [];
    private DocumentBuilder _builder = null!;
    private TextCleaner _cleaner = null!;
    private string _out = "";

    /// <summary>Bytes of the corpus files, for the MB/s and allocation columns.</summary>
    internal static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = Files();
        CorpusBytes = _files.Sum(f => f.Bytes);
        _builder = new DocumentBuilder(CleaningOptions.Default);
        _cleaner = new TextCleaner(CleaningOptions.Default);
        // Materialised once: the text reader streams its blocks, which can be enumerated only once.
        _raw = _files.Select(f =>
        {
            var raw = f.Reader!.Read(f.FullPath);
            return raw with { Blocks = raw.Blocks.Select(b => (IReadOnlyList<RawLine>)b.ToList()).ToList() };
        }).ToArray();
        _cleaned = _raw.Select(r => _cleaner.Clean(r)).ToArray();
        _documents = _files.Select(f => _builder.Build(f)).ToArray();
        _out = Path.Combine(Path.GetTempPath(), "govtext-ingest-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    /// <summary>Reading alone: detecting the encoding, hashing and decoding every line.</summary>
    [Benchmark]
    public long Read()
    {
        long n = 0;
        foreach (var f in _files)
            foreach (var block in f.Reader!.Read(f.FullPath).Blocks) n += block.Count;
        return n;
    }

    /// <summary>Every cleaning step with the default rules, on already decoded lines.</summary>
    [Benchmark]
    public int Clean()
    {
        var n = 0;
        foreach (var raw in _raw) n += _cleaner.Clean(raw).Paragraphs.Count;
        return n;
    }

    /// <summary>Splitting cleaned paragraphs into sentences, tagging languages, counting scripts, inferring years.</summary>
    [Benchmark]
    public int Assemble()
    {
        var n = 0;
        for (var i = 0; i < _files.Length; i++) n += DocumentBuilder.Assemble(_files[i], _raw[i], _cleaned[i]).SentenceCount;
        return n;
    }

    /// <summary>The whole of ingestion per file: read, clean, assemble (what each ingest worker runs).</summary>
    [Benchmark(Baseline = true)]
    public int Build()
    {
        var n = 0;
        foreach (var f in _files) n += _builder.Build(f).SentenceCount;
        return n;
    }

    /// <summary>Writing every document's <c>text/</c> file, atomically.</summary>
    [Benchmark]
    public int WriteText()
    {
        foreach (var d in _documents) IngestionOutput.WriteText(_out, d);
        return _documents.Length;
    }

    /// <summary>
    /// The files of the reference corpora (or of <paramref name="dir"/>), planned as <c>govtext</c> plans them.
    /// </summary>
    internal static CorpusFile[] Files(string? dir = null)
    {
        dir ??= Path.GetDirectoryName(BenchCorpus.Directory())!;
        var ingestor = new CorpusIngestor(new IngestOptions(dir, null, CleaningOptions.Default));
        return ingestor.Files.Where(f => f.Reader is not null && f.Id is not null).ToArray();
    }

    /// <summary>
    /// <c>ingest-quick [DIR] [PASSES]</c>: builds every document of DIR (default the reference corpora) PASSES times on
    /// one thread and prints the best pass's MB per CPU-second and bytes allocated per MB; for <c>perf</c> profiles of
    /// ingestion alone, where BenchmarkDotNet's child processes get in the way.
    /// </summary>
    internal static void Quick(string? dir, int passes)
    {
        var files = Files(dir);
        var bytes = files.Sum(f => f.Bytes);
        var builder = new DocumentBuilder(CleaningOptions.Default);
        var process = Process.GetCurrentProcess();
        var best = TimeSpan.MaxValue;
        long bestAlloc = long.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var alloc = GC.GetAllocatedBytesForCurrentThread();
            long sentences = 0;
            foreach (var f in files) sentences += builder.Build(f).SentenceCount;
            alloc = GC.GetAllocatedBytesForCurrentThread() - alloc;
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            if (used < best) best = used;
            if (alloc < bestAlloc) bestAlloc = alloc;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass + 1}: {files.Length} files, {bytes / 1e6:F1} MB, {sentences} sentences, {used.TotalMilliseconds:F0} CPU-ms, {bytes / 1e6 / used.TotalSeconds:F1} MB per CPU-s, {alloc / (bytes / 1e6) / 1e6:F2} MB allocated per MB"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best: {bytes / 1e6 / best.TotalSeconds:F1} MB per CPU-s, {bestAlloc / (bytes / 1e6) / 1e6:F2} MB allocated per MB"));
    }

    private sealed class IngestConfig : ManualConfig
    {
        public IngestConfig()
        {
            AddColumn(DerivedColumn.MegabytesPerSecond("MB/s", "Input megabytes (10^6 bytes of the files) per second, from the mean time", Bytes));
            AddColumn(DerivedColumn.Allocated("AllocPerMB", "Alloc/MB", "Bytes allocated per input megabyte",
                allocated => (allocated / (Bytes() / 1e6) / 1e6).ToString("F2", CultureInfo.InvariantCulture) + " MB"));
        }
    }

    // Columns are evaluated in the host process, where GlobalSetup did not run.
    private static long Bytes()
    {
        if (CorpusBytes == 0) CorpusBytes = Files().Sum(f => f.Bytes);
        return CorpusBytes;
    }
}
