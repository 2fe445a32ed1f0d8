using CsvHelper;
using GovText.Core.Errors;
using GovText.Core.Ingestion;
using GovText.Core.Output;
using GovText.Core.Results;

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

    /// <summary>Checks the options and plans the corpus.</summary>
    /// <exception cref="ConfigurationException">Corpus, manifest or output folder unusable (exit code 2).</exception>
    public AnalysisPipeline(AnalysisOptions options, IReadOnlyList<IDocumentStage>? stages = null)
    {
        _options = options;
        _stages = [.. stages ?? []];
        Ingestor = new CorpusIngestor(options.Ingest);
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

    /// <summary>Adds a stage after those already added (before <see cref="Run"/>).</summary>
    public void Add(IDocumentStage stage) => _stages.Add(stage);

    /// <summary>Runs the pipeline; <paramref name="onOutcome"/> sees each file's outcome as it is done (for progress).</summary>
    public AnalysisResult Run(Action<IngestOutcome>? onOutcome = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.Combine(OutDir, ResultFiles.TextFolder));
        var summary = new IngestSummary();
        var written = new List<string>();
        var documentsPath = Path.Combine(OutDir, ResultFiles.Documents);
        var logPath = Path.Combine(OutDir, ResultFiles.CleaningLog);

        void Consume(CsvWriter documents, CsvWriter? log)
        {
            DocumentsTable.WriteHeader(documents, _metadata.Select(m => m.Header));
            if (log is not null) IngestionOutput.WriteCleaningLogHeader(log);
            // Each document's text/ file is its own, so the ingest workers write it as soon as the document is built
            // rather than the consuming thread, which would cap a many-core run. A strict run stops at the first failed
            // file and must not leave text/ files of documents after it that documents.csv does not list, so it writes
            // them here, in order.
            Action<Documents.Document>? writeText = _options.Strict ? null : d => IngestionOutput.WriteText(OutDir, d);
            foreach (var outcome in Ingestor.Run(cancellationToken, writeText))
            {
                summary.Add(outcome);
                if (outcome is DocumentIngested { Document: var document })
                {
                    var row = DocumentRow.From(document, _metadata);
                    DocumentsTable.WriteRow(documents, row);
                    if (log is not null) IngestionOutput.WriteCleaningLog(log, document);
                    if (writeText is null) IngestionOutput.WriteText(OutDir, document);
                    foreach (var stage in _stages) stage.Accept(document, row);
                }
                onOutcome?.Invoke(outcome);
                if (outcome is IngestFailed && _options.Strict)
                {
                    summary.StoppedEarly = true;
                    break;
                }
            }
        }

        if (_options.ExplainCleaning)
            CsvOutput.Write(documentsPath, documents => CsvOutput.Write(logPath, log => Consume(documents, log)));
        else
            CsvOutput.Write(documentsPath, documents => Consume(documents, null));

        written.Add(documentsPath);
        written.Add(Path.Combine(OutDir, ResultFiles.TextFolder) + Path.DirectorySeparatorChar);
        written.Add(IngestionOutput.WriteErrors(OutDir, summary.Failures));
        if (_options.ExplainCleaning) written.Add(logPath);
        foreach (var stage in _stages) written.AddRange(stage.Finish(OutDir));

        var exit = summary.Failures.Count > 0 ? ExitCode.SomeInputsFailed : ExitCode.Ok;
        return new AnalysisResult(summary, OutDir, written, exit);
    }
}
