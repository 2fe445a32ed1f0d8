using CsvHelper;
using GovText.Core.Errors;
using GovText.Core.Ingestion;
using GovText.Core.Output;
using GovText.Core.Corpus;
using GovText.Core.Results;
using GovText.Segmentation;

namespace GovText.Core.Pipeline;

/// <summary>
/// The whole GovText job over a corpus: ingestion (documents.csv, text/, ingest_errors.csv, optionally
/// cleaning_log.csv) followed by each <see cref="IDocumentStage"/>, all in one streaming pass over the
/// documents in ordinal path order.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly AnalysisOptions _options;
    private readonly List<IDocumentStage> _stages;
    private readonly IReadOnlyList<(string Header, string Column)> _metadata;
    private readonly string?[] _fileSha256;

    /// <summary>Checks the options and plans the corpus.</summary>
    /// <exception cref="ConfigurationException">Corpus, manifest or output folder unusable (exit code 2).</exception>
    public AnalysisPipeline(AnalysisOptions options, IReadOnlyList<IDocumentStage>? stages = null)
    {
        _options = options;
        _stages = [.. stages ?? []];
        Ingestor = new CorpusIngestor(options.Ingest);
        _fileSha256 = new string?[Ingestor.Files.Count];
        _metadata = IngestionOutput.MetadataColumns(Ingestor.Manifest);
        DocumentColumns = DocumentsTable.Columns(_metadata.Select(m => m.Header));
        OutDir = Path.GetFullPath(options.OutDir);
        Corpus.OutputFolderCheck.Check(options.OutDir, Ingestor.CorpusDir);
    }

    /// <summary>The planned corpus.</summary>
    public CorpusIngestor Ingestor { get; }

    /// <summary>The absolute output folder.</summary>
    public string OutDir { get; }

    /// <summary>The columns of documents.csv for this corpus (the fixed ones, then the manifest's).</summary>
    public IReadOnlyList<string> DocumentColumns { get; }

    /// <summary>The stages after ingestion, in order.</summary>
    public IReadOnlyList<IDocumentStage> Stages => _stages;

    /// <summary>
    /// The SHA-256 of each file of <see cref="CorpusIngestor.Files"/> (same order) that <see cref="Run"/> read as a
    /// document: the hash its reader took of the bytes it decoded (documents.csv's <c>sha256</c>); null for a file that
    /// failed, was skipped or was not reached. One list for the pipeline's life, filled as the pass goes, so run.json
    /// can fingerprint the corpus without reading it a second time (<see cref="RunRecords.RunInputs.Corpus"/>).
    /// </summary>
    public IReadOnlyList<string?> FileSha256 => _fileSha256;

    /// <summary>Adds a stage after those already added (before <see cref="Run"/>).</summary>
    public void Add(IDocumentStage stage) => _stages.Add(stage);

    /// <summary>Runs the pipeline; <paramref name="onOutcome"/> sees each file's outcome as it is done (for progress).</summary>
    /// <remarks>
    /// One task per file does all of that file's work: reading and cleaning, its text/ file, its documents.csv row, and each
    /// stage's <see cref="IDocumentStage.Process"/> (for counting: tokens, matches, counts and formatted rows). At most
    /// <see cref="Ingestion.IngestOptions.MaxParallelism"/> tasks run at once, within a window twice as wide so the workers
    /// run ahead of a slow file; this thread only appends, in file order, what the tasks produced. So <c>--jobs N</c> means N
    /// busy threads, and what is serial is small enough not to cap a many-core run.
    /// </remarks>
    public AnalysisResult Run(Action<IngestOutcome>? onOutcome = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.Combine(OutDir, ResultFiles.TextFolder));
        var summary = new IngestSummary();
        var written = new List<string>();
        var documentsPath = Path.Combine(OutDir, ResultFiles.Documents);
        var logPath = Path.Combine(OutDir, ResultFiles.CleaningLog);
        var parallelism = Math.Max(1, _options.Ingest.MaxParallelism);
        // Not disposed: after an error, tasks still in flight may be using their thread's formatter.
        var rowFormatters = new ThreadLocal<DocumentsTable.RowFormatter>(() => new DocumentsTable.RowFormatter());
        var fileSha256 = _fileSha256;
        Array.Clear(fileSha256);
        var consumed = 0;

        // A strict run stops at the first failed file and must not leave text/ files of documents after it that
        // documents.csv does not list, so it writes them in order; otherwise each task writes its document's own file.
        Ingested Work(CorpusFile file)
        {
            var outcome = Ingestor.Process(file);
            if (outcome is not DocumentIngested { Document: var document }) return new Ingested(outcome, null, []);
            if (!_options.Strict) IngestionOutput.WriteText(OutDir, document, _options.Ledger);
            var row = DocumentRow.From(document, _metadata);
            var then = new Action[_stages.Count];
            for (var i = 0; i < then.Length; i++) then[i] = _stages[i].Process(document, row);
            return new Ingested(outcome, rowFormatters.Value!.Format(row), then);
        }

        void Consume(TextWriter documents, CsvWriter? log)
        {
            using (var header = new DocumentsTable.RowFormatter()) documents.Write(header.Header(_metadata.Select(m => m.Header)));
            if (log is not null) IngestionOutput.WriteCleaningLogHeader(log);
            var window = new OrderedWindow<CorpusFile, Ingested>(Work, ingested =>
            {
                var outcome = ingested.Outcome;
                summary.Add(outcome);
                if (outcome is DocumentIngested { Document: var document })
                {
                    fileSha256[consumed] = document.Sha256;
                    documents.Write(ingested.RowText);
                    if (log is not null) IngestionOutput.WriteCleaningLog(log, document);
                    if (_options.Strict) IngestionOutput.WriteText(OutDir, document, _options.Ledger);
                    foreach (var then in ingested.Then) then();
                }
                consumed++;
                onOutcome?.Invoke(outcome);
                if (outcome is IngestFailed && _options.Strict) summary.StoppedEarly = true;
            }, width: 2 * parallelism, concurrency: parallelism);
            // No task outlives the run (the stages dispose what their tasks use), and a strict run drops what follows the failure.
            window.Run(Ingestor.Files, cancellationToken, stop: () => summary.StoppedEarly);
        }

        AtomicFile.WriteText(documentsPath, documents =>
        {
            if (_options.ExplainCleaning) CsvOutput.Write(logPath, log => Consume(documents, log));
            else Consume(documents, null);
        });

        written.Add(documentsPath);
        written.Add(Path.Combine(OutDir, ResultFiles.TextFolder) + Path.DirectorySeparatorChar);
        written.Add(IngestionOutput.WriteErrors(OutDir, summary.Failures));
        if (_options.ExplainCleaning) written.Add(logPath);
        foreach (var stage in _stages) written.AddRange(stage.Finish(OutDir));

        var exit = summary.Failures.Count > 0 ? ExitCode.SomeInputsFailed : ExitCode.Ok;
        return new AnalysisResult(summary, OutDir, written, exit);
    }

    /// <summary>What one file's task produced: its outcome and, for a document, its documents.csv row as CSV text and each
    /// stage's ordered part.</summary>
    private sealed record Ingested(IngestOutcome Outcome, string? RowText, Action[] Then);
}
