using System.CommandLine;
using GovText.Report;

namespace GovText.Cli.Commands;

/// <summary><c>govtext analyze</c>: the main job, every pipeline stage, on ./corpus by default.</summary>
internal static class AnalyzeCommand
{
    /// <summary>The command's options, for readers of an analyze run's record (merge recomputes its comparisons).</summary>
    internal sealed record Definition(Command Command, PipelineOptions Pipeline, LexiconOptions Lexicon, ComparisonCommandOptions Comparison, Option<bool> NoCharts);

    public static Command Create(CliConsole console)
    {
        var (command, pipeline, lexicon, shared, noCharts) = Define();
        command.SetAction((parse, ct) =>
        {
            var options = shared.Build(parse, drawCharts: !parse.GetValue(noCharts));
            // Comparisons, charts and the report are not additive: a shard writes its counts, and merge compares the whole.
            if (!pipeline.ShardOf(parse).IsWhole) return Task.FromResult(CountCommand.Run(console, pipeline, lexicon, parse, ct));
            return Task.FromResult(CountCommand.Run(console, pipeline, lexicon, parse, ct, options, finish: (outDir, finalDir, runRecord) =>
                [WriteReport(outDir, finalDir, runRecord)]));
        });
        return command;
    }

    /// <summary>Writes report.html into <paramref name="outDir"/> (staging) for the results folder <paramref name="finalDir"/>.</summary>
    public static string WriteReport(string outDir, string finalDir, string runRecord)
    {
        var report = Path.Combine(outDir, HtmlReport.FileName);
        HtmlReport.Write(outDir, report, new ReportOptions { RunRecord = runRecord, FolderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(finalDir)) });
        return report;
    }

    /// <summary>The command and its options, without its action.</summary>
    public static Definition Define()
    {
        var pipeline = new PipelineOptions();
        var lexicon = new LexiconOptions();
        var shared = new ComparisonCommandOptions();
        var noCharts = new Option<bool>("--no-charts") { Description = "Write the CSVs only." };
        var command = new Command("analyze",
            "Run the whole GovText pipeline on a corpus (default ./corpus) and write every output to --out (default ./results):\n" +
            "ingestion (documents.csv, text/, ingest_errors.csv), concept counts (concept_counts.csv, concept_matches.csv,\n" +
            "word_frequencies.csv), comparisons (concept_by_group.csv, cooccurrence.csv; keyness*.csv with --target), charts/\n" +
            "and report.html, one page with all of it (also: govtext report --from DIR).\n\n" +
            "Examples:\n  govtext analyze                                  (./corpus -> ./results)\n" +
            "  govtext analyze my-papers --out my-results --by year --target year=2013..2025 --quiet");
        pipeline.AddTo(command);
        pipeline.AddShardTo(command);
        pipeline.AddTableFormatTo(command);
        lexicon.AddTo(command);
        shared.AddTo(command);
        command.Options.Add(noCharts);
        return new Definition(command, pipeline, lexicon, shared, noCharts);
    }
}
