using System.CommandLine;
using GovText.Core.Pipeline;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary>Runs an <see cref="AnalysisPipeline"/> for a command: progress while it runs (interactive only), the summary after.</summary>
internal static class PipelineRunner
{
    public static int Run(CliConsole console, PipelineOptions options, ParseResult parse, Func<IReadOnlyList<IDocumentStage>> stages, CancellationToken ct)
    {
        var quiet = options.IsQuiet(parse);
        var pipeline = new AnalysisPipeline(options.ToAnalysisOptions(parse), stages());
        var total = pipeline.Ingestor.Files.Count;

        AnalysisResult result;
        if (console.Interactive && !quiet && total > 0)
        {
            AnalysisResult? done = null;
            console.Out.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("Reading documents", maxValue: total);
                done = pipeline.Run(_ => task.Increment(1), ct);
            });
            result = done!;
        }
        else
        {
            result = pipeline.Run(cancellationToken: ct);
        }

        foreach (var failure in result.Summary.Failures) console.Fail($"{failure.Path}: {failure.Error}");
        if (result.Summary.StoppedEarly) console.Fail("--strict: stopped at the first file that could not be read");
        if (!quiet) SummaryView.Render(console, pipeline, result);
        return result.ExitCode;
    }
}
