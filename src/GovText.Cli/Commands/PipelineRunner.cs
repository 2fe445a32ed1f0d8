using System.CommandLine;
using GovText.Cli.Config;
using GovText.Core.Lexicon;
using GovText.Core.Output;
using GovText.Core.Pipeline;

namespace GovText.Cli.Commands;

/// <summary>Runs an <see cref="AnalysisWorkflow"/> for a command: progress of each stage while it runs (on a terminal, not with --quiet), the summary after.</summary>
internal static class PipelineRunner
{
    /// <param name="console">Where to report.</param>
    /// <param name="options">The shared pipeline options.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="plan">Builds the workflow from the checked options (the run, for a stage that describes it: analyze's report).</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="report">Extra summary printed after the standard one (not with --quiet).</param>
    /// <param name="lexicon">The lexicon the stages count with, for run.json.</param>
    /// <remarks>
    /// The stages write into the results folder's staging folder (<see cref="RecordedRun"/>); the outputs replace the
    /// folder's content only when the whole run succeeded.
    /// </remarks>
    public static (int ExitCode, WorkflowResult Result) Run(
        CliConsole console, PipelineOptions options, ParseResult parse,
        Func<AnalysisOptions, RecordedRun, AnalysisWorkflow> plan, CancellationToken ct,
        Action<WorkflowResult>? report = null, ConceptLexicon? lexicon = null)
    {
        var quiet = options.IsQuiet(parse);
        var analysis = options.ToAnalysisOptions(parse);
        using var run = RecordedRun.Begin(parse, analysis.OutDir, ResultsScope.Whole, analysis.Ingest.CorpusDir);
        analysis = analysis with { OutDir = run.StagingDir, Ledger = run.Ledger };
        using var workflow = plan(analysis, run);
        var pipeline = workflow.Pipeline;
        // The corpus is fingerprinted from the hashes the document pass takes anyway, when run.json is written.
        run.Inputs.Corpus(pipeline.Ingestor, pipeline.FileSha256).Cleaning(analysis.Ingest.Cleaning);
        if (lexicon is not null) run.Inputs.Lexicon(lexicon).Segmenter();

        var result = workflow.Run(new StageView(console.Progress(quiet), run), ct);
        run.Commit(console, quiet);
        var ingest = result.Ingest with { OutDir = run.OutDir, FilesWritten = result.Ingest.FilesWritten.Select(run.FinalPath).ToList() };
        result = result with { Ingest = ingest };

        foreach (var failure in ingest.Summary.Failures) console.Fail($"{failure.Path}: {failure.Error}");
        if (ingest.Summary.StoppedEarly) console.Fail("--strict: stopped at the first file that could not be read");
        if (!quiet)
        {
            SummaryView.Render(console, pipeline, ingest, options.ShardAndSource(parse).Source);
            report?.Invoke(result);
        }
        return (ingest.ExitCode, result);
    }
}
