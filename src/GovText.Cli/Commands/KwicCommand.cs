using System.CommandLine;
using GovText.Core.Concordance;
using GovText.Core.Counting;
using GovText.Core.Errors;
using GovText.Core.Lexicon;
using GovText.Core.Pipeline;

namespace GovText.Cli.Commands;

/// <summary><c>govtext kwic</c>: a keyword-in-context concordance of a concept's or a term's hits.</summary>
internal static class KwicCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new PipelineOptions();
        var lexicon = new LexiconOptions();
        var concept = new Option<string?>("--concept", "-c") { Description = "Show the hits of this concept and its descendants (ids: govtext lexicon show)." };
        var term = new Option<string?>("--term", "-t") { Description = "Show the hits of an ad-hoc term (same rules as lexicon terms: 元治理, \"meta governance\", mobiliz*)." };
        var window = new Option<int?>("--window", "-w")
        {
            Description = $"Context on each side: N characters for Chinese and N words for English (default {KwicOptions.Default.ChineseChars} characters / {KwicOptions.Default.EnglishWords} words).",
        };
        var command = new Command("kwic",
            "Print a keyword-in-context concordance (left context | hit | right context) and write kwic.csv,\n" +
            "so you can check that hits mean what they should. Offsets refer to text/<doc_id>.txt, written alongside.\n\n" +
            "Examples:\n  govtext kwic --concept meta_governance\n  govtext kwic my-papers --term 基层治理 --window 20 --out my-results");
        options.AddTo(command);
        lexicon.AddTo(command);
        command.Options.Add(concept);
        command.Options.Add(term);
        command.Options.Add(window);
        command.SetAction((parse, ct) =>
        {
            var conceptId = parse.GetValue(concept);
            var termText = parse.GetValue(term);
            if ((conceptId is null) == (termText is null))
                throw new ConfigurationException("kwic needs exactly one of --concept ID or --term TEXT");
            var size = parse.GetValue(window);
            if (size is < 1) throw new ConfigurationException("--window must be at least 1");
            var kwicOptions = size is { } n ? KwicOptions.Window(n) : KwicOptions.Default;
            var loaded = termText is null ? lexicon.Load(parse, console) : ConceptLexicon.ForTerm(termText, "--term");

            KwicStage? stage = null;
            var (code, _) = PipelineRunner.Run(console, options, parse, (analysis, _) =>
            {
                stage = new KwicStage(new DocumentCounter(loaded.Compile()), conceptId, kwicOptions);
                var workflow = new AnalysisWorkflow(analysis);
                workflow.Pipeline.Add(stage);
                return workflow;
            }, ct, lexicon: loaded);
            if (stage is not null && !options.IsQuiet(parse))
            {
                KwicText.Write(console.Output, stage.KwicLines);
                console.Output.WriteLine($"{stage.KwicLines.Count} hit(s)");
            }
            return Task.FromResult(code);
        });
        return command;
    }
}
