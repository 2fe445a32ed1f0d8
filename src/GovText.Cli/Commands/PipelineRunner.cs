using System.CommandLine;
using GovText.Cli.Config;
using GovText.Core.Lexicon;
using GovText.Core.Output;
using GovText.Core.Pipeline;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary>Runs an <see cref="AnalysisPipeline"/> for a command: progress while it runs (interactive only), the summary after.</summary>
internal static class PipelineRunner
{
    /// <param name="console">Where to report.</param>
    /// <param name="options">The shared pipeline options.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="stages">The stages after ingestion, built from the checked options.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="after">Work on the finished outputs (e.g. comparisons); returns the files it wrote.</param>
    /// <param name="report">Extra summary printed after the standard one (not with --quiet).</param>
    /// <param name="lexicon">The lexicon the stages count with, for run.json.</param>
    /// <param name="finish">The last stage, on the finished outputs: gets the folder and run.json as it stands before the
    /// commit (analyze: report.html); returns the files it wrote.</param>
    /// <remarks>
    /// The stages write into the results folder's staging folder (<see cref="RecordedRun"/>); the outputs replace the
    /// folder's content only when the whole run succeeded.
    /// </remarks>
    public static int Run(
        CliConsole console, PipelineOptions options, ParseResult parse,
        Func<AnalysisOptions, IReadOnlyList<IDocumentStage>> stages, CancellationToken ct,
        Func<AnalysisResult, IReadOnlyList<string>>? after = null, Action? report = null, ConceptLexicon? lexicon = null,
        Func<string, string, IReadOnlyList<string>>? finish = null)
    {
        var quiet = options.IsQuiet(parse);
        var analysis = options.ToAnalysisOptions(parse);
        using var run = RecordedRun.Begin(parse, analysis.OutDir, ResultsScope.Whole, analysis.Ingest.CorpusDir);
        analysis = analysis with { OutDir = run.StagingDir };
        var built = stages(analysis);
        try
        {
            var pipeline = new AnalysisPipeline(analysis, built);
            var total = pipeline.Ingestor.Files.Count;
            run.Stage("fingerprint inputs", () => run.Inputs.Corpus(pipeline.Ingestor).Cleaning(analysis.Ingest.Cleaning));
            if (lexicon is not null) run.Inputs.Lexicon(lexicon).Segmenter();

            var result = run.Stage(built.Count == 0 ? "ingest" : "ingest and " + string.Join(", ", built.Select(s => s.Name)), () =>
            {
                if (!console.Interactive || quiet || total == 0) return pipeline.Run(cancellationToken: ct);
                AnalysisResult? done = null;
                console.Out.Progress().AutoClear(true).Start(ctx =>
                {
                    var task = ctx.AddTask("Reading documents", maxValue: total);
                    done = pipeline.Run(_ => task.Increment(1), ct);
                });
                return done!;
            });

            if (after is not null) result = result with { FilesWritten = [.. result.FilesWritten, .. run.Stage("compare", () => after(result))] };
            if (finish is not null)
                result = result with { FilesWritten = [.. result.FilesWritten, .. run.Stage("report", () => finish(run.StagingDir, run.Preview()))] };
            run.Commit(console, quiet);
            result = result with { OutDir = run.OutDir, FilesWritten = result.FilesWritten.Select(run.FinalPath).ToList() };

            foreach (var failure in result.Summary.Failures) console.Fail($"{failure.Path}: {failure.Error}");
            if (result.Summary.StoppedEarly) console.Fail("--strict: stopped at the first file that could not be read");
            if (!quiet)
            {
                SummaryView.Render(console, pipeline, result);
                report?.Invoke();
            }
            return result.ExitCode;
        }
        finally
        {
            foreach (var stage in built) (stage as IDisposable)?.Dispose();
        }
    }
}
