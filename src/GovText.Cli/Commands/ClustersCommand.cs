using System.CommandLine;
using System.Globalization;
using GovText.Core.Counting;
using GovText.Core.Errors;
using GovText.Core.Results;
using GovText.Core.Pipeline;
using GovText.Topics;
using GovText.Topics.Clustering;
using GovText.Topics.Corpus;
using GovText.Topics.Output;
using GovText.Charts;
using GovText.Topics.Charts;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary><c>govtext clusters</c>: ingest → tokens → document vectors → k-means++ (ML.NET) → cluster tables.</summary>
internal static class ClustersCommand
{
    public static Command Create(CliConsole console)
    {
        var pipeline = new PipelineOptions();
        var lexicon = new LexiconOptions();
        var model = new ModelCommandOptions();
        var lda = new ModelCommandOptions.LdaSettings();
        var clusters = new Option<string>("--clusters")
        {
            Description = "K, the number of clusters; or several (2..10, or 2,4,6) to write cluster_selection.csv (mean silhouette per K).",
            Required = true,
        };
        var step = new Option<int>("--step") { Description = "The step of a --clusters range.", DefaultValueFactory = _ => 1 };
        var features = new Option<string>("--features")
        {
            Description = "What documents are compared on: words (TF-IDF), topics (the shares of a --topics K model) or concepts " +
                          "(the lexicon concepts' own matches per 10,000 tokens; counted in the same run, or read from --from's concept_counts.csv).",
            DefaultValueFactory = _ => "words",
        };
        features.AcceptOnly("words", "topics", "concepts");
        var topics = new Option<int?>("--topics", "-k") { Description = "With --features topics: the topic model's K." };
        var neighbors = new Option<int>("--neighbors") { Description = "Nearest documents per document in document_similarity.csv.", DefaultValueFactory = _ => 5 };
        var noCharts = new Option<bool>("--no-charts") { Description = "Write the CSVs only." };
        var topTerms = new Option<int>("--top-terms") { Description = "Terms per cluster in cluster_terms.csv.", DefaultValueFactory = _ => 20 };

        var command = new Command("clusters",
            "Group similar documents with k-means++ (ML.NET) on their TF-IDF word vectors, topic shares or concept rates: document_clusters.csv,\n" +
            "cluster_terms.csv, cluster_summary.csv (size, silhouette), document_similarity.csv (nearest documents), document_map.csv\n" +
            "(2-D principal components) and cluster_model.csv. Several K values write cluster_selection.csv instead.\n\n" +
            "Examples:\n  govtext clusters ../shared/corpora/gwr --clusters 2..10 --out gwr-k\n" +
            "  govtext clusters ../shared/corpora/gwr --clusters 6 --out gwr-clusters\n" +
            "  govtext clusters --from results/gwr --features concepts --clusters 4   (on an analyze run's concept counts)");
        pipeline.AddTo(command);
        lexicon.AddTo(command);
        model.AddTo(command);
        lda.AddTo(command);
        foreach (var option in new Option[] { clusters, step, features, topics, neighbors, topTerms, noCharts })
            command.Options.Add(option);

        command.SetAction((parse, ct) =>
        {
            var ks = TopicCounts.Parse(parse.GetValue(clusters)!, parse.GetValue(step), "clusters");
            var chartOptions = model.Chart.Build(parse);
            var byTopics = parse.GetValue(features) == "topics";
            var byConcepts = parse.GetValue(features) == "concepts";
            var k = parse.GetValue(topics);
            if (byTopics && k is null) throw new ConfigurationException("--features topics needs --topics K (the topic model's number of topics)");
            if (!byTopics && k is not null) throw new ConfigurationException("--topics is only used with --features topics");
            var kind = byTopics ? ClusterFeatures.Topics : byConcepts ? ClusterFeatures.Concepts : ClusterFeatures.Words;
            var options = new ClusterRunOptions(ks, kind, model.Vocabulary(parse),
                parse.GetValue(model.Seed), model.ThreadsOf(parse), parse.GetValue(model.Language), parse.GetValue(neighbors),
                parse.GetValue(topTerms), byTopics ? lda.Build(parse, model, k!.Value) : null);
            ClusterRunResult? result = null;
            var code = model.Run(console, pipeline, lexicon, parse, ct, (tokens, outDir, progress) =>
            {
                // The concept counts of this run (counted in the same pass), or of the earlier run with --from.
                var counts = byConcepts ? ConceptCounts(parse.GetValue(model.From) ?? outDir) : null;
                result = ClusterAnalysis.Run(tokens, options, outDir, progress, counts);
                if (parse.GetValue(noCharts)) return result.Files;
                var (charts, warnings) = ClusterCharts.Draw(result, chartOptions, Path.Combine(outDir, "charts"));
                foreach (var warning in warnings) console.Warn(warning);
                return [.. result.Files, .. charts];
            }, () => Report(console, result!), Outputs, counts: byConcepts);
            return Task.FromResult(code);
        });
        return command;
    }

    private static readonly ModelCommandOptions.ModelOutputs Outputs = new(
        [TopicCsv.DocumentClusters, TopicCsv.ClusterTerms, TopicCsv.ClusterSummary, TopicCsv.ClusterSelection, TopicCsv.DocumentSimilarity, TopicCsv.DocumentMap, TopicCsv.ClusterModel],
        [ClusterCharts.MapChart]);

    private static IReadOnlyList<ConceptCountRow> ConceptCounts(string folder)
    {
        // CSV or Parquet, whichever --table-format the run wrote.
        var path = ResultTables.ConceptCounts.Find(folder)
            ?? throw new ConfigurationException($"{ResultFiles.ConceptCounts} is missing in '{folder}': --features concepts with --from needs a count or analyze run " +
                                                "(or run clusters on the corpus, which counts the concepts itself)");
        return ResultTables.ConceptCounts.Read(path).ToList();
    }

    internal static void Report(CliConsole console, ClusterRunResult result)
    {
        var c = CultureInfo.InvariantCulture;
        var v = result.Vocabulary;
        console.Out.WriteLine(result.Features switch
        {
            ClusterFeatures.Concepts => string.Create(c, $"Document vectors ({v.Language}): rates of {result.FeatureCount} lexicon concepts per 10,000 tokens."),
            ClusterFeatures.Topics => string.Create(c, $"Document vectors ({v.Language}): shares of {result.FeatureCount} topics ({v.TermsAfter} of {v.TermsBefore} terms after pruning)."),
            _ => string.Create(c, $"Document vectors ({v.Language}): {v.TermsAfter} of {v.TermsBefore} terms after pruning."),
        });
        if (result.Summary.Count > 0)
        {
            var table = new Table().AddColumns("cluster", "size", "silhouette", "label");
            foreach (var row in result.Summary)
                table.AddRow(row.Cluster.ToString(c), row.Size.ToString(c), row.Silhouette.ToString("0.000", c), Markup.Escape(row.Label));
            console.Out.Write(table);
            console.Out.WriteLine(string.Create(c, $"Mean silhouette: {result.MeanSilhouette:0.000}"));
        }
        if (result.Selection.Count > 0)
        {
            var table = new Table().AddColumns("K", "mean silhouette", "within SS");
            foreach (var row in result.Selection)
                table.AddRow(row.K.ToString(c), row.MeanSilhouette.ToString("0.000", c), row.WithinSs.ToString("0.00", c));
            console.Out.Write(table);
        }
        foreach (var note in result.Notes) console.Out.WriteLine("note: " + console.Text(note));
    }
}
