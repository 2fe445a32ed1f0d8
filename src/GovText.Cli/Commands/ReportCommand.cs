using System.CommandLine;
using GovText.Cli.Config;
using GovText.Core.Errors;
using GovText.Core.Pipeline;
using GovText.Report;

namespace GovText.Cli.Commands;

/// <summary><c>govtext report --from DIR</c>: the one-page HTML report of a results folder.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Option<string>("--from")
        {
            Description = "results folder of an earlier ingest/count/compare/analyze run",
            Required = true,
        };
        var output = new Option<string?>("--out", "-o") { Description = $"file to write (default: DIR/{HtmlReport.FileName})" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };
        var command = new Command("report",
            "Write a self-contained HTML report of a results folder: what was run, the corpus, concepts, charts,\n" +
            "keyness, co-occurrence, concordance lines, warnings and methods. One file, readable offline.\n\n" +
            "Example:\n  govtext report --from results/gwr --out gwr-report.html");
        command.Options.Add(from);
        command.Options.Add(output);
        command.Options.Add(quiet);
        command.SetAction((ParseResult parse, CancellationToken _) =>
        {
            var dir = parse.GetValue(from)!;
            var file = parse.GetValue(output) ?? Path.Combine(dir, HtmlReport.FileName);
            var stages = new CorpusStages { Report = new ReportStage(outFile: file) };
            stages.Run(new CorpusResults(dir), new StageView(console.Progress(parse.GetValue(quiet))));
            var bytes = new FileInfo(file).Length;
            if (!parse.GetValue(quiet))
                console.Output.WriteLine($"report: {file} ({(bytes / 1024.0).ToString("0", System.Globalization.CultureInfo.InvariantCulture)} KB)");
            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }
}
