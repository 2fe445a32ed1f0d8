using GovText.Core.Cleaning;
using GovText.Core.Ingestion;
using GovText.Core.Pipeline;
using GovText.Core.StopWords;
using GovText.Core.Tokens;
using GovText.Segmentation;
using GovText.Tests;
using GovText.Topics.Clustering;
using GovText.Topics.Corpus;
using GovText.Topics.Lda;
using GovText.Topics.Output;
using GovText.Core.Text;

namespace GovText.Topics.Tests;

public sealed class ClusterTests
{
    private static readonly string[][] Words =
    [
        ["economy", "growth", "investment", "market", "enterprise", "industry", "finance", "trade", "price", "tax", "export", "consumption"],
        ["education", "school", "student", "teacher", "course", "university", "exam", "training", "research", "textbook", "campus", "curriculum"],
        ["medical", "hospital", "doctor", "patient", "disease", "medicine", "hygiene", "health", "nurse", "vaccine", "diagnosis", "treatment"],
        ["environment", "pollution", "ecology", "forest", "river", "air", "emission", "energy", "climate", "wetland", "grassland", "ocean"],
    ];

    [Theory]
    [InlineData(ClusterFeatures.Words)]
    [InlineData(ClusterFeatures.Topics)]
    public void Recovers_planted_groups_and_reruns_are_byte_identical(ClusterFeatures features)
    {
        using var corpus = TestEnvironment.CreateTempDir();
        var labels = TopicAnalysisTests.WriteCorpus(corpus.Path, Words, "en", documents: 40);
        using var out1 = TestEnvironment.CreateTempDir();
        using var out2 = TestEnvironment.CreateTempDir();
        var options = new ClusterRunOptions([4], features, new VocabularyOptions(2, 0.9), Lda: new LdaOptions(4, Iterations: 100));
        var result = Run(corpus.Path, out1.Path, options);
        Run(corpus.Path, out2.Path, options);
        foreach (var name in new[] { TopicCsv.DocumentClusters, TopicCsv.ClusterTerms, TopicCsv.ClusterSummary, TopicCsv.DocumentSimilarity, TopicCsv.DocumentMap, TopicCsv.ClusterModel })
            Assert.Equal(File.ReadAllBytes(Path.Combine(out1.Path, name)), File.ReadAllBytes(Path.Combine(out2.Path, name)));

        // Purity: documents in the majority planted group of their cluster. Every document takes 80% of its words from
        // its group, so a correct partition scores 1; merging two groups caps purity at 0.75. Threshold 0.9.
        var rows = File.ReadAllLines(Path.Combine(out1.Path, TopicCsv.DocumentClusters)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(40, rows.Count);
        var pure = rows.GroupBy(r => r[1]).Sum(g => g.GroupBy(r => labels[r[0]]).Max(x => x.Count()));
        Assert.True(pure >= 0.9 * 40, $"purity {pure}/40");
        Assert.Equal(4, result.Summary.Count);
        Assert.Equal(40, result.Summary.Sum(s => s.Size));
        Assert.InRange(result.MeanSilhouette, 0.0, 1.0);

        // Nearest documents: five per document, never itself, most similar first.
        var similar = File.ReadAllLines(Path.Combine(out1.Path, TopicCsv.DocumentSimilarity)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(40 * 5, similar.Count);
        Assert.DoesNotContain(similar, r => r[0] == r[2]);
    }

    [Fact]
    public void Selection_writes_the_mean_silhouette_per_K()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        TopicAnalysisTests.WriteCorpus(corpus.Path, Words, "en", documents: 40);
        using var output = TestEnvironment.CreateTempDir();
        var result = Run(corpus.Path, output.Path, new ClusterRunOptions([2, 3, 4, 5, 6], ClusterFeatures.Words, new VocabularyOptions(2, 0.9)));
        Assert.Equal([2, 3, 4, 5, 6], result.Selection.Select(r => r.K));
        // Four planted groups: K = 4 separates them best.
        Assert.Equal(4, result.Selection.MaxBy(r => r.MeanSilhouette)!.K);
    }

    [Fact]
    public void Concept_profiles_recover_planted_groups_from_own_rates_of_the_model_language()
    {
        // 24 English documents in three planted groups: group g mentions concept g at 40-63 per 10k tokens and the
        // others at 5 (or not at all). Chinese rows with the opposite pattern and zero-count rows must be ignored.
        string[] concepts = ["alpha", "beta", "gamma"];
        var docs = Enumerable.Range(0, 24).Select(d => new TopicDocument($"d{d:00}", null, 2000, Language.English, new Dictionary<string, string>())).ToList();
        var units = Enumerable.Range(0, 24).Select(d => new TokenUnit(d, -1, [0])).ToList();
        var tokens = new TokenCorpus(docs, units, [new Term(Language.English, "word")], ModelUnit.Document, new TokenDrops("none", []));
        var rows = new List<GovText.Core.Counting.ConceptCountRow>();
        for (var d = 0; d < 24; d++)
            for (var c = 0; c < 3; c++)
            {
                var own = c == d % 3;
                var count = own ? 40 + d : (d + c) % 2 == 0 ? 5 : 0;
                rows.Add(Row(docs[d].Id, concepts[c], Language.English, count));
                rows.Add(Row(docs[d].Id, concepts[c], Language.Chinese, own ? 0 : 80));
            }
        using var outDir = TestEnvironment.CreateTempDir();
        var result = ClusterAnalysis.Run(tokens, new ClusterRunOptions([3], ClusterFeatures.Concepts, new VocabularyOptions(1, 1.0)), outDir.Path, null, rows);

        var assigned = File.ReadAllLines(Path.Combine(outDir.Path, TopicCsv.DocumentClusters)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(24, assigned.Count);
        foreach (var cluster in assigned.GroupBy(r => r[1]))
            Assert.Single(cluster.Select(r => int.Parse(r[0][1..], System.Globalization.CultureInfo.InvariantCulture) % 3).Distinct());
        var top = File.ReadAllLines(Path.Combine(outDir.Path, TopicCsv.ClusterTerms)).Skip(1).Select(l => l.Split(',')).Where(r => r[1] == "1").Select(r => r[2]).Order().ToList();
        Assert.Equal(concepts, top);
        Assert.Equal(3, result.FeatureCount);
        Assert.Contains("features,\"concepts (own matches per 10,000 tokens, l2)\"", File.ReadAllText(Path.Combine(outDir.Path, TopicCsv.ClusterModel)));

        // d00: alpha 40, beta 5 (d+c = 1: odd, so 0), gamma (0+2 even) 5 per 10k → (40, 0, 5) / √1625.
        var corpus = TopicAnalysis.BuildCorpus(tokens, Language.English, new VocabularyOptions(1, 1.0));
        var vectors = TfIdfVectors.Concepts(corpus, rows);
        Assert.Equal([0, 2], vectors.Indexes[0]);
        Assert.Equal(40 / Math.Sqrt(1625), vectors.Values[0][0], 12);
        Assert.Equal(5 / Math.Sqrt(1625), vectors.Values[0][1], 12);
    }

    private static GovText.Core.Counting.ConceptCountRow Row(string doc, string concept, Language language, int count) => new()
    {
        DocId = doc, ConceptId = concept, ConceptEn = concept, ConceptZh = concept, Language = language, Count = count,
        CountWithChildren = count, Tokens = 10_000, Per10k = count, Per10kWithChildren = count,
    };

    [Theory]
    [InlineData("gwr-zh-1954,gwr-zh-1955,gwr-zh-2025", "gwr-zh-")]
    [InlineData("gwr-zh-1954,gwr-en-2017", "gwr-")]
    [InlineData("report_a,report_b", "report_")]
    [InlineData("abc1,abc2", "")]
    [InlineData("doc-,doc-1", "")]
    [InlineData("alpha,beta", "")]
    public void Map_labels_drop_the_ids_common_prefix_up_to_a_separator(string ids, string prefix) =>
        Assert.Equal(prefix, GovText.Topics.Charts.ClusterCharts.CommonPrefix(ids.Split(',')));

    [Fact]
    public void Silhouette_matches_the_worked_example()
    {
        // Unit vectors (1,0), (0.8,0.6) | (0,1), (-0.6,0.8); values from a separate Python computation (math.dist).
        var vectors = new DocumentVectors([], [0, 1, 2, 3], ["x", "y"], [[0, 1], [0, 1], [0, 1], [0, 1]],
            [[1, 0], [0.8, 0.6], [0, 1], [-0.6, 0.8]]);
        var widths = Silhouette.Widths(vectors, [0, 0, 1, 1], 2);
        Assert.Equal(0.6050939018357331, widths[0], 12);
        Assert.Equal(0.4520970565822035, widths[1], 12);
        Assert.Equal(0.4520970565822036, widths[2], 12);
        Assert.Equal(0.6050939018357331, widths[3], 12);
    }

    [Fact]
    public void Map_axes_are_the_principal_components()
    {
        // Points on a line along (1,1)/√2 (after centring): all variance on the first axis, none on the second.
        var s = Math.Sqrt(0.5);
        var vectors = new DocumentVectors([], [0, 1, 2], ["x", "y"], [[0, 1], [0, 1], [0, 1]], [[0.1, 0.1], [0.2, 0.2], [0.6, 0.6]]);
        var (points, explained) = DocumentMap.Compute(vectors);
        Assert.Equal(1.0, explained[0], 9);
        Assert.Equal(0.0, explained[1], 9);
        // Mean (0.3, 0.3): projections (−0.2·2·s, −0.1·2·s, 0.3·2·s); the largest is positive.
        Assert.Equal(-0.4 * s, points[0].X, 9);
        Assert.Equal(0.6 * s, points[2].X, 9);
    }

    private static ClusterRunResult Run(string corpus, string outDir, ClusterRunOptions options)
    {
        var collector = new TokenCollector(new DocumentTokenizer(Segmenter.CreateDefault(), stems: false),
            new TokenFilter(StopWordList.Default), ModelUnit.Document);
        new AnalysisPipeline(new AnalysisOptions(new IngestOptions(corpus, null, CleaningOptions.Default), outDir), [collector]).Run();
        return ClusterAnalysis.Run(collector.Build(), options, outDir);
    }
}
