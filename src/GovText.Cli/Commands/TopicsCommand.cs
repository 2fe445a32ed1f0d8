using System.CommandLine;
using System.Globalization;
using GovText.Core.Pipeline;
using GovText.Topics;
using GovText.Topics.Corpus;
using GovText.Topics.Output;
using GovText.Charts;
using GovText.Topics.Charts;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary><c>govtext topics</c>: ingest → tokens → LDA (ML.NET LightLDA) → topic tables.</summary>
internal static class TopicsCommand
{
    public static Command Create(CliConsole console)
    {
        var pipeline = new PipelineOptions();
        var lexicon = new LexiconOptions();
        var model = new ModelCommandOptions();
        var topics = new Option<string>("--topics", "-k")
        {
            Description = "K, the number of topics; or several (5..30 with --step, or 5,10,20) to write topic_model_selection.csv for choosing K.",
            Required = true,
        };
        var step = new Option<int>("--step") { Description = "The step of a --topics range.", DefaultValueFactory = _ => 5 };
        var by = new Option<string?>("--by") { Description = "Also write topic_by_group.csv: mean topic shares per value of this column (year, language or a manifest column)." };
        var lda = new ModelCommandOptions.LdaSettings();
        var writeCorpus = new Option<bool>("--write-corpus") { Description = "Also write topic_corpus.tsv: the exact bag of words of each unit, to refit it elsewhere (stm, gensim)." };
        var noCharts = new Option<bool>("--no-charts") { Description = "Write the CSVs only." };
        var topTerms = new Option<int>("--top-terms") { Description = "Terms per topic in topic_terms.csv.", DefaultValueFactory = _ => 30 };

        var command = new Command("topics",
            "Fit an LDA topic model (ML.NET LightLDA) on the documents' words: topic_terms.csv, document_topics.csv,\n" +
            "topic_summary.csv (prevalence, coherence, exclusivity), topic_model.csv (settings and vocabulary figures), and with\n" +
            "--by topic_by_group.csv. Several K values write topic_model_selection.csv instead, to choose K.\n\n" +
            "Examples:\n  govtext topics ../shared/corpora/gwr --unit paragraph --topics 5..30 --step 5 --out gwr-k\n" +
            "  govtext topics ../shared/corpora/gwr --unit paragraph --topics 12 --by year --out gwr-topics");
        pipeline.AddTo(command);
        pipeline.AddTableFormatTo(command);
        lexicon.AddTo(command);
        model.AddTo(command);
        lda.AddTo(command);
        foreach (var option in new Option[] { topics, step, by, topTerms, writeCorpus, noCharts })
            command.Options.Add(option);

        command.SetAction((parse, ct) =>
        {
            var ks = TopicCounts.Parse(parse.GetValue(topics)!, parse.GetValue(step), "topics");
            var chartOptions = model.Chart.Build(parse);
            var options = new TopicRunOptions(ks, lda.Build(parse, model, ks[0]), model.Vocabulary(parse), parse.GetValue(model.Language),
                parse.GetValue(topTerms), parse.GetValue(by)) { WriteCorpus = parse.GetValue(writeCorpus), TableFormat = pipeline.TableFormatOf(parse) };
            TopicRunResult? result = null;
            var code = model.Run(console, pipeline, lexicon, parse, ct, (tokens, outDir, progress) =>
            {
                result = TopicAnalysis.Run(tokens, options, outDir, progress);
                if (parse.GetValue(noCharts)) return result.Files;
                var (charts, warnings) = TopicCharts.Draw(result, chartOptions, Path.Combine(outDir, "charts"), options.By);
                foreach (var warning in warnings) console.Warn(warning);
                return [.. result.Files, .. charts];
            }, () => Report(console, result!), Outputs);
            return Task.FromResult(code);
        });
        return command;
    }

    private static readonly ModelCommandOptions.ModelOutputs Outputs = new(
        [TopicCsv.TopicTerms, .. TopicTables.DocumentTopics.FileNames, TopicCsv.TopicSummary, TopicCsv.TopicByGroup, TopicCsv.TopicSelection, TopicCsv.TopicModel, TopicCsv.TopicCorpus],
        [TopicCharts.TermsChart, TopicCharts.PrevalenceChart, TopicCharts.HeatmapChart, TopicCharts.SelectionChart]);

    internal static void Report(CliConsole console, TopicRunResult result)
    {
        var v = result.Vocabulary;
        var c = CultureInfo.InvariantCulture;
        console.Out.WriteLine(string.Create(c,
            $"Topic model ({v.Language}): {v.UnitsAfter} units of {v.DocumentsInLanguage} documents; vocabulary {v.TermsAfter} of {v.TermsBefore} terms " +
            $"({v.TermsBelowMinDf} in fewer than {v.MinDf} units, {v.TermsAboveMaxDf} in more than {v.MaxDfUnits} units removed); {v.TokensAfter} of {v.TokensBefore} tokens kept."));
        if (result.Summary.Count > 0)
        {
            var table = new Table().AddColumns("topic", "label", "prevalence", "umass", "npmi", "exclusivity");
            foreach (var row in result.Summary)
                table.AddRow(row.Topic.ToString(c), Markup.Escape(row.Label), row.Prevalence.ToString("0.000", c),
                    row.CoherenceUMass.ToString("0.00", c), row.CoherenceNpmi.ToString("0.00", c), row.Exclusivity.ToString("0.00", c));
            console.Out.Write(table);
        }
        if (result.Selection.Count > 0)
        {
            var table = new Table().AddColumns("K", "umass", "npmi", "exclusivity");
            foreach (var row in result.Selection)
                table.AddRow(row.K.ToString(c), row.CoherenceUMass.ToString("0.000", c), row.CoherenceNpmi.ToString("0.000", c), row.Exclusivity.ToString("0.00", c));
            console.Out.Write(table);
        }
        foreach (var note in result.Notes) console.Out.WriteLine("note: " + console.Text(note));
    }
}
