using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Errors;
using GovText.Core.Ingestion;
using GovText.Core.Matching;

namespace GovText.Core.Pipeline;

/// <summary>
/// The GovText workflow on a corpus: ingest → count → compare → charts → models → report. The document pass streams
/// documents through ingestion and the document stages (<see cref="IDocumentStage"/>: counting, which writes the count
/// tables and fills a <see cref="CountAccumulator"/>); when the corpus is done, the <see cref="CorpusStages"/> run in
/// their order on what the pass produced. Which stages run follows from what is asked: a lexicon adds counting, comparison
/// options add comparing and charts, models and a report are passed in.
/// </summary>
public sealed class AnalysisWorkflow : IDisposable
{
    private readonly CountingStage? _counting;
    private readonly CountAccumulator? _accumulator;

    /// <summary>Checks every option and plans the run; nothing is read or written yet.</summary>
    /// <param name="options">Corpus, cleaning and output folder.</param>
    /// <param name="lexicon">The concepts to count, or null to ingest only.</param>
    /// <param name="stages">The stages after the document pass (comparisons need a lexicon), or null for none.</param>
    /// <exception cref="ConfigurationException">Corpus, manifest, output folder or comparison options unusable.</exception>
    public AnalysisWorkflow(AnalysisOptions options, CompiledLexicon? lexicon = null, CorpusStages? stages = null)
    {
        Stages = stages ?? new CorpusStages();
        if (Stages.CountsFrom is not null) throw new ArgumentException("a corpus run counts in its own pass, not from a results folder", nameof(stages));
        if (Stages.Comparison is not null && lexicon is null) throw new ArgumentException("comparisons need a lexicon to count with", nameof(stages));
        Pipeline = new AnalysisPipeline(options);
        if (Stages.Comparison is { } comparison)
        {
            // The comparison is planned against the corpus's documents.csv columns, so a bad grouping or filter fails now.
            Stages.Validate();
            _accumulator = new CountAccumulator(Pipeline.DocumentColumns, comparison);
        }
        if (lexicon is not null)
        {
            _counting = new CountingStage(new DocumentCounter(lexicon), Pipeline.OutDir, _accumulator,
                options.TableFormat, wordFrequencies: options.WordFrequencies || _accumulator?.NeedsWords == true);
            Pipeline.Add(_counting);
        }
    }

    /// <summary>The ingestion pipeline (the corpus plan; other document stages may be added before <see cref="Run"/>).</summary>
    public AnalysisPipeline Pipeline { get; }

    /// <summary>The stages after the document pass.</summary>
    public CorpusStages Stages { get; }

    /// <summary>A short name of the stages that see the documents, for timings (e.g. "ingest and count").</summary>
    public string DocumentStages =>
        Pipeline.Stages.Count == 0 ? "ingest" : "ingest and " + string.Join(", ", Pipeline.Stages.Select(s => s.Name));

    /// <summary>Runs the document pass, then the stages after it.</summary>
    /// <param name="monitor">Times the stages and shows their progress, or null.</param>
    /// <param name="cancellationToken">Stops the pass between documents.</param>
    /// <exception cref="ConfigurationException">A comparison cannot be made (e.g. an empty keyness side).</exception>
    public WorkflowResult Run(IStageMonitor? monitor = null, CancellationToken cancellationToken = default)
    {
        var documents = monitor is null
            ? Pipeline.Run(null, cancellationToken)
            : monitor.Documents(DocumentStages, Pipeline.Ingestor.Files.Count, tick => Pipeline.Run(_ => tick(), cancellationToken));
        CorpusResults? after = null;
        if (!Stages.IsEmpty)
        {
            after = Stages.Run(new CorpusResults(Pipeline.OutDir) { Counts = _accumulator }, monitor, cancellationToken);
            documents = documents with { FilesWritten = [.. documents.FilesWritten, .. after.Files] };
        }
        return new WorkflowResult(documents, _counting?.Summary, after);
    }

    /// <summary>Abandons unfinished outputs.</summary>
    public void Dispose() => _counting?.Dispose();
}
