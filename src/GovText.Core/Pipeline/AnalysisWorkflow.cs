using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Errors;
using GovText.Core.Ingestion;
using GovText.Core.Matching;

namespace GovText.Core.Pipeline;

/// <summary>
/// The GovText workflow in one pass over the corpus: ingest → count → compare → charts. Ingestion streams documents to
/// the count stage, which writes the count tables and fills a <see cref="CountAccumulator"/>; when the corpus is done
/// the comparison stage turns the accumulator into the comparison tables and charts. Which stages run follows from
/// what is asked: a lexicon adds counting, comparison options add comparing.
/// </summary>
public sealed class AnalysisWorkflow : IDisposable
{
    private readonly CountingStage? _counting;
    private readonly CountAccumulator? _accumulator;

    /// <summary>Checks every option and plans the run; nothing is read or written yet.</summary>
    /// <param name="options">Corpus, cleaning and output folder.</param>
    /// <param name="lexicon">The concepts to count, or null to ingest only.</param>
    /// <param name="comparison">The comparisons to make after counting, or null for none (needs a lexicon).</param>
    /// <exception cref="ConfigurationException">Corpus, manifest, output folder or comparison options unusable.</exception>
    public AnalysisWorkflow(AnalysisOptions options, CompiledLexicon? lexicon = null, ComparisonOptions? comparison = null)
    {
        if (comparison is not null && lexicon is null) throw new ArgumentException("comparisons need a lexicon to count with", nameof(comparison));
        Pipeline = new AnalysisPipeline(options);
        if (comparison is not null)
        {
            // The comparison is planned against the corpus's documents.csv columns, so a bad grouping or filter fails now.
            comparison.Charts?.Validate();
            _accumulator = new CountAccumulator(Pipeline.DocumentColumns, comparison);
        }
        if (lexicon is not null)
        {
            _counting = new CountingStage(new DocumentCounter(lexicon), Pipeline.OutDir, options.Ingest.MaxParallelism, _accumulator,
                options.TableFormat, wordFrequencies: options.WordFrequencies || _accumulator?.NeedsWords == true);
            Pipeline.Add(_counting);
        }
    }

    /// <summary>The ingestion pipeline (the corpus plan; other document stages may be added before <see cref="Run"/>).</summary>
    public AnalysisPipeline Pipeline { get; }

    /// <summary>A short name of the stages that see the documents, for timings (e.g. "ingest and count").</summary>
    public string DocumentStages =>
        Pipeline.Stages.Count == 0 ? "ingest" : "ingest and " + string.Join(", ", Pipeline.Stages.Select(s => s.Name));

    /// <summary>True when a comparison stage follows the document stages.</summary>
    public bool Compares => _accumulator is not null;

    /// <summary>Runs every stage; <paramref name="onOutcome"/> sees each file's outcome as it is done (for progress).</summary>
    /// <exception cref="ConfigurationException">A comparison cannot be made (e.g. an empty keyness side).</exception>
    public WorkflowResult Run(Action<IngestOutcome>? onOutcome = null, CancellationToken cancellationToken = default) =>
        Compare(RunDocuments(onOutcome, cancellationToken));

    /// <summary>The one pass over the corpus: ingestion and the stages that see each document (counting).</summary>
    public AnalysisResult RunDocuments(Action<IngestOutcome>? onOutcome = null, CancellationToken cancellationToken = default) =>
        Pipeline.Run(onOutcome, cancellationToken);

    /// <summary>After <see cref="RunDocuments"/>: the comparison stage (tables and charts) from what counting accumulated, if planned.</summary>
    /// <param name="documents">What the pass over the corpus gave.</param>
    /// <param name="progress">Told each step of the comparison as it starts, or null.</param>
    /// <exception cref="ConfigurationException">A comparison cannot be made (e.g. an empty keyness side).</exception>
    public WorkflowResult Compare(AnalysisResult documents, IProgress<StageProgress>? progress = null)
    {
        ComparisonResult? comparison = null;
        if (_accumulator is not null)
        {
            comparison = ComparisonPipeline.Run(_accumulator, Pipeline.OutDir, progress);
            documents = documents with { FilesWritten = [.. documents.FilesWritten, .. comparison.Files] };
        }
        return new WorkflowResult(documents, _counting?.Summary, comparison);
    }

    /// <summary>Abandons unfinished outputs.</summary>
    public void Dispose() => _counting?.Dispose();
}
