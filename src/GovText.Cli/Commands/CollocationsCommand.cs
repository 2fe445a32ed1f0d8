using System.CommandLine;
using GovText.Core.Collocations;
using GovText.Core.Pipeline;
using GovText.Core.Errors;
using GovText.Core.StopWords;

namespace GovText.Cli.Commands;

/// <summary><c>govtext collocations</c>: multi-word sequences within sentences, scored as quanteda and as corpus linguists do.</summary>
internal static class CollocationsCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new PipelineOptions();
        var size = new Option<string>("--size")
        {
            Description = "Sequence length: 2, 3 or 2..3.",
            DefaultValueFactory = _ => "2..3",
        };
        var minCount = new Option<int>("--min-count") { Description = "Report sequences seen at least this often.", DefaultValueFactory = _ => 5 };
        var by = new Option<string?>("--by") { Description = "Score each group of a documents.csv column separately (year, language, title or a manifest column)." };
        var stopWords = new Option<string>("--stopwords")
        {
            Description = "Words that break sequences like punctuation: default (stopwords-iso Chinese, Snowball English), none, or a file (one word a line).",
            DefaultValueFactory = _ => StopWordList.DefaultName,
        };
        var command = new Command("collocations",
            "Collocations of 2 and 3 words within sentences (never across punctuation or stop words): collocations.csv with\n" +
            "count, quanteda's lambda and z, MI, t-score and log-likelihood G2 (docs/methods.md), plus the ingestion outputs.\n\n" +
            "Examples:\n  govtext collocations corpus --out results\n  govtext collocations corpus --size 3 --min-count 5 --by year");
        options.AddTo(command);
        foreach (var option in new Option[] { size, minCount, by, stopWords }) command.Options.Add(option);
        command.SetAction((parse, ct) =>
        {
            var sizes = parse.GetValue(size) switch
            {
                "2" => new[] { 2 },
                "3" => new[] { 3 },
                "2..3" or "2,3" => new[] { 2, 3 },
                var other => throw new ConfigurationException($"--size {other}: use 2, 3 or 2..3"),
            };
            if (parse.GetValue(minCount) < 1) throw new ConfigurationException("--min-count must be at least 1");
            var collocationOptions = new CollocationOptions(sizes, parse.GetValue(minCount), parse.GetValue(by), StopWordList.Load(parse.GetValue(stopWords)!));
            CollocationStage? stage = null;
            var (code, _) = PipelineRunner.Run(console, options, parse, (analysis, _) =>
            {
                stage = new CollocationStage(collocationOptions);
                var workflow = new AnalysisWorkflow(analysis);
                workflow.Pipeline.Add(stage);
                return workflow;
            }, ct, report: _ =>
            {
                console.Output.WriteLine($"{stage!.Rows.Count} collocation(s) seen at least {collocationOptions.MinCount} times.");
                if (stage.DocumentsWithoutGroup > 0)
                    console.Output.WriteLine($"note: {stage.DocumentsWithoutGroup} document(s) have no '{collocationOptions.By}' value and are in no group.");
            });
            return Task.FromResult(code);
        });
        return command;
    }
}
