using System.CommandLine;
using GovText.Core.Comparison;
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
    /// analyze). <paramref name="compare"/>, when given, compares the counted documents in the same pass; its files are
    /// listed with the others and its notes printed after the concept table. <paramref name="finish"/>, when given, runs
    /// last on the finished results folder with run.json as it stands (analyze: report.html); returns the files it wrote.
    /// <paramref name="extend"/> adds document stages to the workflow (analyze: the topic-model tokens) and
    /// <paramref name="after"/> is a whole-corpus step before <paramref name="finish"/> (analyze: topics and clusters).
    /// </summary>
    public static int Run(
        CliConsole console, PipelineOptions options, LexiconOptions lexicon, ParseResult parse, CancellationToken ct,
        ComparisonOptions? compare = null, bool rollUp = false, Func<string, string, string, IReadOnlyList<string>>? finish = null,
        Action<AnalysisWorkflow, AnalysisOptions, GovText.Core.Lexicon.ConceptLexicon>? extend = null, Func<AnalysisResult, IReadOnlyList<string>>? after = null)
    {
        var loaded = lexicon.Load(parse, console);
        var (code, result) = PipelineRunner.Run(console, options, parse,
            analysis =>
            {
                var workflow = new AnalysisWorkflow(analysis, loaded.Compile(), compare);
                extend?.Invoke(workflow, analysis, loaded);
                return workflow;
            }, ct,
            report: done => CountSummaryView.Render(console, done.Counts!, loaded, compare?.RollUp ?? rollUp), lexicon: loaded,
            after: after, finish: finish);
        // After the run summary on standard output, the notes belong with it.
        if (result.Comparison is { } comparison) ComparisonCommandOptions.ReportNotes(console, comparison, options.IsQuiet(parse), console.Output);
        return code;
    }
}
