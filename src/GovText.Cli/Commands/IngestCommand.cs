using System.CommandLine;
using GovText.Core.Pipeline;

namespace GovText.Cli.Commands;

/// <summary><c>govtext ingest</c>: read, clean and split a corpus; write documents.csv, text/ and ingest_errors.csv.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new PipelineOptions();
        var command = new Command("ingest",
            "Read a corpus folder (.txt .md .html .htm .pdf .docx), clean the text and split it into paragraphs and sentences.\n" +
            "Writes documents.csv, text/<doc_id>.txt and ingest_errors.csv to --out.\n\n" +
            "Example:\n  govtext ingest corpus --manifest corpus/manifest.csv --out results --explain-cleaning");
        options.AddTo(command);
        options.AddShardTo(command);
        command.SetAction((parse, ct) => Task.FromResult(PipelineRunner.Run(console, options, parse, (analysis, _) => new AnalysisWorkflow(analysis), ct).ExitCode));
        return command;
    }
}
