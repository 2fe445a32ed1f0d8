using System.CommandLine;
using GovText.Core.Pipeline;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary>Runs an <see cref="AnalysisWorkflow"/> for a command: progress while it runs (interactive only), the summary after.</summary>
internal static class PipelineRunner
{
    /// <param name="console">Where to report.</param>
    /// <param name="options">The shared pipeline options.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="plan">Builds the workflow from the checked options.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="report">Extra summary printed after the standard one (not with --quiet).</param>
    public static (int ExitCode, WorkflowResult Result) Run(
        CliConsole console, PipelineOptions options, ParseResult parse,
        Func<AnalysisOptions, AnalysisWorkflow> plan, CancellationToken ct, Action<WorkflowResult>? report = null)
    {
        var quiet = options.IsQuiet(parse);
        using var workflow = plan(options.ToAnalysisOptions(parse));
        var total = workflow.Pipeline.Ingestor.Files.Count;

        WorkflowResult result;
        if (console.Interactive && !quiet && total > 0)
        {
            WorkflowResult? done = null;
            console.Out.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("Reading documents", maxValue: total);
                done = workflow.Run(_ => task.Increment(1), ct);
            });
            result = done!;
        }
        else
        {
            result = workflow.Run(cancellationToken: ct);
        }

        var ingest = result.Ingest;
        foreach (var failure in ingest.Summary.Failures) console.Fail($"{failure.Path}: {failure.Error}");
        if (ingest.Summary.StoppedEarly) console.Fail("--strict: stopped at the first file that could not be read");
        if (!quiet)
        {
            SummaryView.Render(console, workflow.Pipeline, ingest);
            report?.Invoke(result);
        }
        return (ingest.ExitCode, result);
    }
}
