using GovText.Core.Corpus;
using GovText.Core.Errors;
using GovText.Core.Sharding;

namespace GovText.Core.Ingestion;

/// <summary>
/// The corpus-level entry point of ingestion. Construction checks the corpus folder and manifest
/// (throwing <see cref="ConfigurationException"/> for bad usage) and plans the files (<see cref="Files"/>, ordinal path
/// order); <see cref="Process"/> then reads one file. Thread-safe: <see cref="Pipeline.AnalysisPipeline"/> processes
/// <see cref="IngestOptions.MaxParallelism"/> files at once and streams the outcomes in file order.
/// </summary>
public sealed class CorpusIngestor
{
    private readonly DocumentBuilder _builder;
    private readonly TimeSpan? _timeBudget;

    /// <summary>Plans ingestion of <paramref name="options"/>.CorpusDir.</summary>
    /// <exception cref="ConfigurationException">The corpus folder or manifest is missing or invalid.</exception>
    public CorpusIngestor(IngestOptions options)
    {
        var corpus = Path.GetFullPath(options.CorpusDir);
        if (!Directory.Exists(corpus)) throw new ConfigurationException($"corpus folder not found: {options.CorpusDir}");
        CorpusDir = corpus;

        string? manifestFile = options.ManifestFile is { } given ? Path.GetFullPath(given) : null;
        if (manifestFile is null && File.Exists(Path.Combine(corpus, IngestOptions.DefaultManifestName)))
            manifestFile = Path.Combine(corpus, IngestOptions.DefaultManifestName);
        Manifest = manifestFile is null ? Manifest.Empty : Manifest.Load(manifestFile, corpus);

        // A file the manifest lists is read even where the scan skips it (a hidden file or folder): the
        // researcher asked for it by name.
        var scan = CorpusScanner.ScanAll(corpus, manifestFile);
        var unread = scan.Unread.Where(u => Manifest.Find(u.Path) is null).ToDictionary(u => u.Path, StringComparer.Ordinal);
        var paths = scan.Files.Union(Manifest.Entries.Select(e => e.Path), StringComparer.Ordinal).Union(unread.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        bool IsNote(string p) => Manifest.Find(p) is null && CorpusNotes.IsNote(p);
        var unlisted = paths.Where(p => Manifest.Find(p) is null && !unread.ContainsKey(p) && FormatReaders.For(p) is not null && !IsNote(p)).ToList();
        var ids = DocumentIds.Assign(unlisted, Manifest.Entries.Select(e => e.Id));
        AllFiles = paths.Select(p =>
        {
            var entry = Manifest.Find(p);
            if (unread.TryGetValue(p, out var met))
                return met.IsError
                    ? new CorpusFile(p, Path.Combine(corpus, p), null, null, null) { FailReason = met.Reason }
                    : new CorpusFile(p, Path.Combine(corpus, p), null, null, null) { SkipReason = met.Reason };
            if (IsNote(p))
                return new CorpusFile(p, Path.Combine(corpus, p), null, null, null) { SkipReason = CorpusNotes.SkipReason };
            var reader = FormatReaders.For(p);
            var id = reader is null ? null : entry?.Id ?? ids[p];
            return new CorpusFile(p, Path.Combine(corpus, p), id, entry, reader);
        }).ToList();
        Shard = options.Shard;
        if (Shard.IsWhole) Files = AllFiles;
        else
        {
            var plan = ShardPlan.Assign(AllFiles.Select(f => f.Bytes).ToList(), Shard.Count);
            Files = AllFiles.Where((_, i) => plan[i] == Shard.Number).ToList();
        }

        _builder = new DocumentBuilder(options.Cleaning);
        _timeBudget = options.TimeBudget;
    }

    /// <summary>The absolute corpus folder.</summary>
    public string CorpusDir { get; }

    /// <summary>The manifest in use (<see cref="Corpus.Manifest.Empty"/> when there is none).</summary>
    public Manifest Manifest { get; }

    /// <summary>The files this run reads: every file found (<see cref="AllFiles"/>), or this shard's part of them.</summary>
    public IReadOnlyList<CorpusFile> Files { get; }

    /// <summary>Every file found in the corpus, ordinal path order, with its id and reader (null reader: skipped).</summary>
    public IReadOnlyList<CorpusFile> AllFiles { get; }

    /// <summary>The part of the corpus this run reads.</summary>
    public Shard Shard { get; }

    // Cooperative: the readers and the cleaner look at the token between pages, paragraphs and lines, and the HTML
    // parser between tokens, so a pathological file stops soon after its budget is spent and the batch goes on.
    private Documents.Document BuildWithinBudget(CorpusFile file)
    {
        if (_timeBudget is not { } budget) return _builder.Build(file);
        using var cts = new CancellationTokenSource(budget);
        try
        {
            return _builder.Build(file, cts.Token);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw new IngestException(
                $"reading and cleaning took longer than the time budget of {budget.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s per document: " +
                $"the file is pathological (deeply nested markup, a huge table) or very large; raise {SettingText.Name("time-budget")} to read it anyway");
        }
    }

    /// <summary>Reads one planned file; never throws for a bad file.</summary>
    public IngestOutcome Process(CorpusFile file)
    {
        if (file.FailReason is not null) return new IngestFailed(file.Path, file.FailReason);
        if (file.SkipReason is not null) return new FileSkipped(file.Path, file.SkipReason);
        if (file.Reader is null)
            return new FileSkipped(file.Path, $"unsupported extension '{Path.GetExtension(file.Path)}' (supported: {string.Join(", ", FormatReaders.Extensions)})");
        try
        {
            return new DocumentIngested(BuildWithinBudget(file));
        }
        catch (IngestException ex)
        {
            return new IngestFailed(file.Path, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new IngestFailed(file.Path, $"cannot read file: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A reader library failing in an unforeseen way must not stop the batch; the message keeps the cause.
            return new IngestFailed(file.Path, $"unexpected error reading the file ({ex.GetType().Name}): {ex.Message}");
        }
    }
}
