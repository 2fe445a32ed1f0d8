using System.CommandLine;
using GovText.Cli.Config;
using GovText.Core.Lexicon;
using GovText.Core.Output;
using GovText.Core.Pipeline;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary>Runs an <see cref="AnalysisWorkflow"/> for a command: progress of each stage while it runs (on a terminal, not with --quiet), the summary after.</summary>
internal static class PipelineRunner
{
    /// <param name="console">Where to report.</param>
    /// <param name="options">The shared pipeline options.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="plan">Builds the workflow from the checked options.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="report">Extra summary printed after the standard one (not with --quiet).</param>
    /// <param name="lexicon">The lexicon the stages count with, for run.json.</param>
    /// <param name="after">A step that needs the whole corpus (a topic model): it writes into the staging folder after the comparisons and returns the files it wrote.</param>
    /// <param name="finish">The last stage, on the finished outputs: gets the staging folder and run.json as it stands
    /// before the commit (analyze: report.html, which run.json then lists); returns the files it wrote.</param>
    /// <remarks>
    /// The stages write into the results folder's staging folder (<see cref="RecordedRun"/>); the outputs replace the
    /// folder's content only when the whole run succeeded.
    /// </remarks>
    public static (int ExitCode, WorkflowResult Result) Run(
        CliConsole console, PipelineOptions options, ParseResult parse,
        Func<AnalysisOptions, AnalysisWorkflow> plan, CancellationToken ct,
        Action<WorkflowResult>? report = null, ConceptLexicon? lexicon = null,
        Func<AnalysisResult, IReadOnlyList<string>>? after = null, Func<string, string, string, IReadOnlyList<string>>? finish = null)
    {
        var quiet = options.IsQuiet(parse);
        var analysis = options.ToAnalysisOptions(parse);
        using var run = RecordedRun.Begin(parse, analysis.OutDir, ResultsScope.Whole, analysis.Ingest.CorpusDir);
        analysis = analysis with { OutDir = run.StagingDir };
        using var workflow = plan(analysis);
        var pipeline = workflow.Pipeline;
        var total = pipeline.Ingestor.Files.Count;
        run.Stage("fingerprint inputs", () => run.Inputs.Corpus(pipeline.Ingestor).Cleaning(analysis.Ingest.Cleaning));
        if (lexicon is not null) run.Inputs.Lexicon(lexicon).Segmenter();

        var progress = console.Progress(quiet);
        var documents = run.Stage(workflow.DocumentStages, () =>
            progress.Count($"Reading documents ({workflow.DocumentStages})", total, tick => workflow.RunDocuments(_ => tick(), ct)));
        var result = workflow.Compares
            ? run.Stage("compare", () => progress.Run("Comparing", steps => workflow.Compare(documents, steps)))
            : workflow.Compare(documents);
        if (after is not null)
        {
            // A stage that needs the whole corpus first (e.g. a topic model) writes into the same staging folder, so
            // its files are committed with the rest or not at all.
            var more = run.Stage("model", () => progress.Run("Fitting the model", _ => after(result.Ingest)));
            result = result with { Ingest = result.Ingest with { FilesWritten = [.. result.Ingest.FilesWritten, .. more] } };
        }
        if (finish is not null)
        {
            var written = run.Stage("report", () => progress.Run("Writing the report", _ => finish(run.StagingDir, run.OutDir, run.Preview())));
            result = result with { Ingest = result.Ingest with { FilesWritten = [.. result.Ingest.FilesWritten, .. written] } };
        }
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
