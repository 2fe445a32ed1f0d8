using CsvHelper;
using GovText.Core.Errors;
using GovText.Core.Ingestion;
using GovText.Core.Output;

namespace GovText.Core.Pipeline;

/// <summary>
/// The whole GovText job over a corpus: ingestion (documents.csv, text/, ingest_errors.csv, optionally
/// cleaning_log.csv) followed by each <see cref="IDocumentStage"/>, all in one streaming pass over the
/// documents in ordinal path order.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly AnalysisOptions _options;
    private readonly IReadOnlyList<IDocumentStage> _stages;

    /// <summary>Checks the options and plans the corpus.</summary>
    /// <exception cref="ConfigurationException">Corpus, manifest or output folder unusable (exit code 2).</exception>
    public AnalysisPipeline(AnalysisOptions options, IReadOnlyList<IDocumentStage>? stages = null)
    {
        _options = options;
        _stages = stages ?? [];
        Ingestor = new CorpusIngestor(options.Ingest);
        OutDir = Path.GetFullPath(options.OutDir);
        Corpus.OutputFolderCheck.Check(options.OutDir, Ingestor.CorpusDir);
    }

    /// <summary>The planned corpus.</summary>
    public CorpusIngestor Ingestor { get; }

    /// <summary>The absolute output folder.</summary>
    public string OutDir { get; }

    /// <summary>Runs the pipeline; <paramref name="onOutcome"/> sees each file's outcome as it is done (for progress).</summary>
    public AnalysisResult Run(Action<IngestOutcome>? onOutcome = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.Combine(OutDir, IngestionOutput.TextFolder));
        var summary = new IngestSummary();
        var written = new List<string>();
        var documentsPath = Path.Combine(OutDir, IngestionOutput.DocumentsFile);
        var logPath = Path.Combine(OutDir, IngestionOutput.CleaningLogFile);
        var manifest = Ingestor.Manifest;

        void Consume(CsvWriter documents, CsvWriter? log)
        {
            IngestionOutput.WriteDocumentsHeader(documents, manifest);
            if (log is not null)
            {
                foreach (var column in IngestionOutput.CleaningLogColumns) log.WriteField(column);
                log.NextRecord();
            }
            foreach (var outcome in Ingestor.Run(cancellationToken))
            {
                summary.Add(outcome);
                if (outcome is DocumentIngested { Document: var document })
                {
                    IngestionOutput.WriteDocumentRow(documents, document, manifest);
                    if (log is not null) IngestionOutput.WriteCleaningLog(log, document);
                    IngestionOutput.WriteText(OutDir, document);
                    foreach (var stage in _stages) stage.Accept(document);
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
        written.Add(Path.Combine(OutDir, IngestionOutput.TextFolder) + Path.DirectorySeparatorChar);
        written.Add(IngestionOutput.WriteErrors(OutDir, summary.Failures));
        if (_options.ExplainCleaning) written.Add(logPath);
        foreach (var stage in _stages) written.AddRange(stage.Finish(OutDir));

        var exit = summary.Failures.Count > 0 ? ExitCode.SomeInputsFailed : ExitCode.Ok;
        return new AnalysisResult(summary, OutDir, written, exit);
    }
}
