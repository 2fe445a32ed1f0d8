using System.CommandLine;
using GovText.Core.Counting;
using GovText.Core.Pipeline;

namespace GovText.Cli.Commands;

/// <summary><c>govtext count</c>: ingest → segment → match → count.</summary>
internal static class CountCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new PipelineOptions();
        var lexicon = new LexiconOptions();
        var command = new Command("count",
            "Count lexicon concepts in every document: concept_counts.csv, concept_matches.csv and word_frequencies.csv\n" +
            "(plus the ingestion outputs the offsets refer to: documents.csv, text/, ingest_errors.csv).\n\n" +
            "Examples:\n  govtext count                                    (./corpus -> ./results, default lexicon)\n" +
            "  govtext count my-papers --lexicon my-lexicon.yml --out my-results");
        options.AddTo(command);
        lexicon.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var loaded = lexicon.Load(parse, console);
            CountingStage? counting = null;
            var code = PipelineRunner.Run(console, options, parse, analysis =>
            {
                counting = CountStage(loaded.Compile(), analysis);
                return [counting];
            }, ct, report: () => CountSummaryView.Render(console, counting!.Summary, loaded));
            return Task.FromResult(code);
        });
        return command;
    }

    /// <summary>The count stage for a run's options (shared by count and analyze).</summary>
    public static CountingStage CountStage(Core.Matching.CompiledLexicon lexicon, AnalysisOptions analysis) =>
        new(new DocumentCounter(lexicon), analysis.OutDir, analysis.Ingest.MaxParallelism);
}
