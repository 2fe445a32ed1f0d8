using System.CommandLine;
using GovText.Core.Pipeline;

namespace GovText.Cli.Commands;

/// <summary><c>govtext analyze</c>: the main job, every pipeline stage that exists, on ./corpus by default.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new PipelineOptions();
        var command = new Command("analyze",
            "Run the whole GovText pipeline on a corpus (default ./corpus) and write every output to --out (default ./results).\n" +
            "Today the pipeline is ingestion: documents.csv, text/<doc_id>.txt, ingest_errors.csv.\n\n" +
            "Examples:\n  govtext analyze                                  (./corpus -> ./results)\n  govtext analyze my-papers --out my-results --quiet");
        options.AddTo(command);
        command.SetAction((parse, ct) => Task.FromResult(PipelineRunner.Run(console, options, parse, _ => [], ct)));
        return command;
    }

    // Each later stage of the pipeline is added here, so analyze always runs everything that exists.
    private static IReadOnlyList<IDocumentStage> Stages() => [];
}
