using System.CommandLine;
using GovText.Core.Comparison;
using GovText.Cli.Config;
using GovText.Core.Errors;
using GovText.Core.Output;
using GovText.Core.Pipeline;
using GovText.Core.Results;

namespace GovText.Cli.Commands;

/// <summary>
/// <c>govtext compare</c>: comparison tables and charts, either for a corpus (ingest and count it first, into --out)
/// or, with <c>--from DIR</c>, from the tables of an earlier count/analyze run.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var pipeline = new PipelineOptions();
        var lexicon = new LexiconOptions();
        var shared = new ComparisonCommandOptions();
        var from = new Option<string?>("--from")
        {
            Description = "Compare the tables of an earlier count/analyze run in this folder instead of counting CORPUS " +
                          "(documents.csv, concept_counts, concept_matches, word_frequencies: .csv or .parquet). Outputs go to --out if given, else to this folder.",
        };
        var noCharts = new Option<bool>("--no-charts") { Description = "Write the CSVs only." };
        var command = new Command("compare",
            "Compare groups of documents: concept rates by group (concept_by_group.csv), keyness of a target against a reference\n" +
            "(keyness.csv, keyness_words.csv), co-occurrence (cooccurrence.csv) and charts (charts/). Without --from, the corpus\n" +
            "is ingested and counted first, so --out also gets the count outputs.\n\n" +
            "Examples:\n  govtext compare ../shared/corpora/gwr --by year --target year=2013..2025 --out gwr-results\n" +
            "  govtext compare --from results --by year --target year=2021.. --no-charts");
        pipeline.AddTo(command);
        pipeline.AddTableFormatTo(command);
        pipeline.AddWordFrequenciesTo(command);
        lexicon.AddTo(command);
        shared.AddTo(command);
        command.Options.Add(from);
        command.Options.Add(noCharts);
        command.SetAction((parse, ct) =>
        {
            var options = shared.Build(parse, drawCharts: !parse.GetValue(noCharts));
            if (parse.GetValue(from) is { } dir)
            {
                if (parse.GetResult(pipeline.Corpus) is { Implicit: false })
                    throw new ConfigurationException("compare takes either a CORPUS folder or --from DIR, not both");
                var outDir = parse.GetResult(pipeline.Out) is { Implicit: false } ? parse.GetValue(pipeline.Out)! : dir;
                if (Path.GetFullPath(outDir) != Path.GetFullPath(dir)) RecordedRun.Recover(parse, dir);
                // The earlier run's ingestion and count tables are this run's input: kept, and listed again in run.json.
                using var run = RecordedRun.Begin(parse, outDir, ResultsScope.Except(CountRunOutputs));
                var stages = new CorpusStages { CountsFrom = dir, Comparison = options };
                var result = stages.Run(new CorpusResults(run.StagingDir), new StageView(console.Progress(pipeline.IsQuiet(parse)), run), ct);
                run.Commit(console, pipeline.IsQuiet(parse));
                ComparisonCommandOptions.Report(console, result with { Files = result.Files.Select(run.FinalPath).ToList() }, pipeline.IsQuiet(parse));
                return Task.FromResult(ExitCode.Ok);
            }
            return Task.FromResult(CountCommand.Run(console, pipeline, lexicon, parse, ct, _ => new CorpusStages { Comparison = options }));
        });
        return command;
    }

    /// <summary>The top-level outputs of ingest and count that compare --from reads (and so keeps), in either table format.</summary>
    public static readonly IReadOnlyList<string> CountRunOutputs =
    [
        ResultFiles.Documents, ResultFiles.TextFolder + "/", ResultFiles.IngestErrors, ResultFiles.CleaningLog,
        .. ResultTables.ConceptCounts.FileNames, .. ResultTables.ConceptMatches.FileNames, .. ResultTables.WordFrequencies.FileNames,
    ];
}
