using System.CommandLine;
using GovText.Core.Comparison;
using GovText.Cli.Config;
using GovText.Core.Errors;
using GovText.Core.Results;
using GovText.Core.Output;
using GovText.Core.Pipeline;

namespace GovText.Cli.Commands;

/// <summary><c>govtext plot --from DIR</c>: redraws the charts from an earlier run's tables, without recounting.</summary>
internal static class PlotCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Option<string>("--from")
        {
            Description = "results folder of an earlier count/compare/analyze run (documents.csv, concept_counts, concept_matches, word_frequencies: .csv or .parquet)",
            Required = true,
        };
        var output = new Option<string?>("--out")
        {
            Description = "folder to write charts/ into (default: the --from folder)",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };
        var shared = new ComparisonCommandOptions();
        var command = new Command("plot",
            "Draw the comparison charts (PNG and SVG, in OUT/charts/) from the tables of an earlier run: restyle without recounting.\n" +
            "Keyness charts use --target if given, else the keyness options (--target, --reference, --min-count, --stopwords, --pos,\n" +
            "--keyness-correction) of the run that wrote the --from folder's keyness tables, as its run.json records them.\n\n" +
            "Example:\n  govtext plot --from results --labels both --dpi 300 --width 1600 --height 900");
        command.Options.Add(from);
        command.Options.Add(output);
        command.Options.Add(quiet);
        shared.AddTo(command);
        command.SetAction((ParseResult parse, CancellationToken _) =>
        {
            var dir = parse.GetValue(from)!;
            var options = shared.Build(parse);
            var outDir = parse.GetValue(output) ?? dir;
            if (Path.GetFullPath(outDir) != Path.GetFullPath(dir)) RecordedRun.Recover(parse, dir);
            // plot replaces the charts and keeps the rest of the folder (listed again in run.json).
            using var run = RecordedRun.Begin(parse, outDir, ResultsScope.Only(ResultFiles.ChartsFolder + "/"));
            var stages = new CorpusStages { CountsFrom = dir, Comparison = options, ChartsOnly = true };
            var result = stages.Run(new CorpusResults(run.StagingDir), new StageView(console.Progress(parse.GetValue(quiet)), run));
            run.Commit(console, parse.GetValue(quiet));
            ComparisonCommandOptions.Report(console, result with { Files = result.Files.Select(run.FinalPath).ToList() }, parse.GetValue(quiet));
            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }
}
