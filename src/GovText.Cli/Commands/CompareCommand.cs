using System.CommandLine;
using GovText.Core.Comparison;
using GovText.Core.Errors;

namespace GovText.Cli.Commands;

/// <summary>
/// <c>govtext compare --from DIR</c>: the comparison tables and charts from an existing results folder. (Comparing a
/// corpus directly, running the count pipeline first, belongs to the pipeline command that produces the tables.)
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Option<string>("--from")
        {
            Description = "results folder of an earlier count/analyze run (documents.csv, concept_counts.csv, concept_matches.csv, word_frequencies.csv)",
            Required = true,
        };
        var output = new Option<string?>("--out")
        {
            Description = "folder for concept_by_group.csv, keyness.csv, keyness_words.csv, cooccurrence.csv and charts/ (default: the --from folder)",
        };
        var noCharts = new Option<bool>("--no-charts") { Description = "write the CSVs only" };
        var shared = new ComparisonCommandOptions();
        var command = new Command("compare",
            "Compare groups of documents: concept rates by group, keyness of a target against a reference, co-occurrence, and charts.");
        command.Options.Add(from);
        command.Options.Add(output);
        command.Options.Add(noCharts);
        shared.AddTo(command);
        command.SetAction((ParseResult parse, CancellationToken _) =>
        {
            var dir = parse.GetValue(from)!;
            var options = shared.Build(parse) with { DrawCharts = !parse.GetValue(noCharts) };
            var result = ComparisonPipeline.Run(CountTables.Read(dir), options, parse.GetValue(output) ?? dir);
            ComparisonCommandOptions.Report(console, result);
            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }
}
