using System.CommandLine;
using GovText.Core.Counting;

namespace GovText.Cli.Commands;

/// <summary><c>govtext analyze</c>: the main job, every pipeline stage that exists, on ./corpus by default.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new PipelineOptions();
        var lexicon = new LexiconOptions();
        var command = new Command("analyze",
            "Run the whole GovText pipeline on a corpus (default ./corpus) and write every output to --out (default ./results):\n" +
            "ingestion (documents.csv, text/, ingest_errors.csv) and concept counts (concept_counts.csv, concept_matches.csv,\n" +
            "word_frequencies.csv).\n\n" +
            "Examples:\n  govtext analyze                                  (./corpus -> ./results)\n" +
            "  govtext analyze my-papers --out my-results --lexicon my-lexicon.yml --quiet");
        options.AddTo(command);
        lexicon.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var loaded = lexicon.Load(parse, console);
            CountingStage? counting = null;
            var code = PipelineRunner.Run(console, options, parse, analysis =>
            {
                counting = CountCommand.CountStage(loaded.Compile(), analysis);
                return [counting];
            }, ct, report: () => CountSummaryView.Render(console, counting!.Summary, loaded));
            return Task.FromResult(code);
        });
        return command;
    }
}
