using System.CommandLine;
using GovText.Cli.Config;
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
            "Count lexicon concepts in every document: concept_counts.csv and concept_matches.csv (with --word-frequencies also\n" +
            "word_frequencies.csv), plus the ingestion outputs the offsets refer to: documents.csv, text/, ingest_errors.csv.\n\n" +
            "Examples:\n  govtext count                                    (./corpus -> ./results, default lexicon)\n" +
            "  govtext count my-papers --lexicon my-lexicon.yml --out my-results");
        var rollUp = ComparisonCommandOptions.CreateRollUp();
        options.AddTo(command);
        options.AddShardTo(command);
        options.AddTableFormatTo(command);
        options.AddWordFrequenciesTo(command);
        lexicon.AddTo(command);
        command.Options.Add(rollUp);
        command.SetAction((parse, ct) => Task.FromResult(Run(console, options, lexicon, parse, ct, rollUp: parse.GetValue(rollUp))));
        return command;
    }

    /// <summary>
    /// Ingests and counts the corpus into --out and prints the run summary and the concept table (count, compare and
    /// analyze). <paramref name="stages"/>, when given, plans the stages after the document pass for the run (compare and
    /// analyze: comparisons and charts; analyze also the models and the report); their files are listed with the others
    /// and the comparison's notes printed after the concept table. <paramref name="extend"/> adds document stages to the
    /// workflow (analyze: the topic-model tokens).
    /// </summary>
    public static int Run(
        CliConsole console, PipelineOptions options, LexiconOptions lexicon, ParseResult parse, CancellationToken ct,
        Func<RecordedRun, CorpusStages>? stages = null, bool rollUp = false,
        Action<AnalysisWorkflow, AnalysisOptions, GovText.Core.Lexicon.ConceptLexicon>? extend = null)
    {
        var loaded = lexicon.Load(parse, console);
        CorpusStages? planned = null;
        var (code, result) = PipelineRunner.Run(console, options, parse,
            (analysis, run) =>
            {
                planned = stages?.Invoke(run);
                var workflow = new AnalysisWorkflow(analysis, loaded.Compile(), planned);
                extend?.Invoke(workflow, analysis, loaded);
                return workflow;
            }, ct,
            report: done => CountSummaryView.Render(console, done.Counts!, loaded, planned?.Comparison?.RollUp ?? rollUp), lexicon: loaded);
        // After the run summary on standard output, the notes belong with it.
        if (planned?.Comparison is not null && result.After is { } after)
            ComparisonCommandOptions.ReportNotes(console, after, options.IsQuiet(parse), console.Output);
        return code;
    }
}
