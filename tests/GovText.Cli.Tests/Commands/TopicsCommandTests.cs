using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Commands;

public class TopicsCommandTests
{
    [Fact]
    public async Task Topics_on_the_sample_corpus_by_paragraph_writes_the_tables_and_charts()
    {
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, output, error) = await Run("topics", TestEnvironment.SampleCorpus, "--unit", "paragraph", "--topics", "3",
            "--iterations", "30", "--out", outDir.Path);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("error", error);
        Assert.Contains("Topic model (en)", output);
        Assert.DoesNotContain("loglikelihood", output);
        foreach (var file in new[] { "topic_terms.csv", "document_topics.csv", "topic_summary.csv", "topic_model.csv", "charts/topic_terms.png", "charts/document_topics.svg" })
            Assert.True(File.Exists(outDir.File(file)), file);
    }

    [Fact]
    public async Task Too_many_topics_for_the_corpus_is_a_usage_error_with_the_numbers()
    {
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, _, error) = await Run("topics", TestEnvironment.SampleCorpus, "--topics", "20", "--out", outDir.Path);
        Assert.Equal(2, exit);
        Assert.Contains("too small for 20 topics", error);
        // Core names the unit setting; under topics it is --unit (under analyze --topic-unit, below).
        Assert.Contains("(use fewer topics, --unit paragraph, or a larger corpus)", error);
        Assert.DoesNotContain("{setting:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Bad_topic_range_is_a_usage_error()
    {
        var (exit, _, error) = await Run("topics", TestEnvironment.SampleCorpus, "--topics", "30..5");
        Assert.Equal(2, exit);
        Assert.Contains("--topics: range 30..5 ends before it starts", error);
    }

    [Theory]
    [InlineData("topics", "fr")]
    [InlineData("topics", "mixed")]
    [InlineData("clusters", "ZH")]
    public async Task A_language_that_is_not_zh_or_en_is_a_usage_error_naming_the_allowed_codes(string command, string language)
    {
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, _, error) = await Run(command, TestEnvironment.SampleCorpus, "--language", language, "--out", outDir.Path);
        Assert.Equal(2, exit);
        Assert.Contains($"error: --language: unknown language '{language}' (use zh or en)", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outDir.Path));
    }

    [Fact]
    public async Task The_language_option_shows_its_codes_in_help_and_in_run_json()
    {
        var (_, help, _) = await Run("topics", "--help");
        Assert.Contains("--language <en|zh>", help);
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, output, _) = await Run("topics", TestEnvironment.SampleCorpus, "--language", "en", "--topics", "2", "--iterations", "20",
            "--out", outDir.Path);
        Assert.Equal(0, exit);
        Assert.Contains("Topic model (en)", output);
        Assert.Contains("\"language\": \"en\"", File.ReadAllText(outDir.File("run.json")));
    }

    [Fact]
    public async Task Clusters_on_the_sample_corpus_writes_clusters_similarity_and_map()
    {
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, output, error) = await Run("clusters", TestEnvironment.SampleCorpus, "--clusters", "2", "--min-df", "1", "--max-df", "1", "--out", outDir.Path);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("error", error);
        Assert.Contains("Mean silhouette", output);
        foreach (var file in new[] { "document_clusters.csv", "cluster_terms.csv", "cluster_summary.csv", "document_similarity.csv", "document_map.csv", "charts/document_map.png" })
            Assert.True(File.Exists(outDir.File(file)), file);
    }

    [Fact]
    public async Task Topics_and_clusters_from_a_results_folder_write_the_same_files_as_the_fresh_run()
    {
        using var fresh = TestEnvironment.CreateTempDir();
        using var replayed = TestEnvironment.CreateTempDir();
        string[] topics = ["--unit", "paragraph", "--topics", "3", "--iterations", "30", "--by", "year", "-q"];
        Assert.Equal(0, (await Run(["topics", TestEnvironment.SampleCorpus, .. topics, "--out", fresh.Path])).Code);
        var (exit, _, error) = await Run(["topics", "--from", fresh.Path, .. topics, "--out", replayed.Path]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        AssertSameFiles(fresh.Path, replayed.Path, "topic_terms.csv", "document_topics.csv", "topic_summary.csv", "topic_by_group.csv",
            "topic_model.csv", "charts/topic_terms.svg", "charts/topic_prevalence.svg", "charts/document_topics.png");
        Assert.False(File.Exists(replayed.File("documents.csv")), "--from does not copy the ingestion outputs");

        string[] clusters = ["--clusters", "2", "--min-df", "1", "--max-df", "1", "-q"];
        using var freshClusters = TestEnvironment.CreateTempDir();
        Assert.Equal(0, (await Run(["clusters", TestEnvironment.SampleCorpus, .. clusters, "--out", freshClusters.Path])).Code);
        // Into the folder itself: the clusters files are added, the topics files and charts of the earlier run stay.
        Assert.Equal(0, (await Run(["clusters", "--from", fresh.Path, .. clusters])).Code);
        AssertSameFiles(freshClusters.Path, fresh.Path, "document_clusters.csv", "cluster_terms.csv", "cluster_summary.csv",
            "document_similarity.csv", "document_map.csv", "cluster_model.csv", "charts/document_map.svg");
        AssertSameFiles(replayed.Path, fresh.Path, "topic_terms.csv", "charts/topic_terms.svg");
        Assert.True(File.Exists(fresh.File("documents.csv")));
    }

    [Fact]
    public async Task From_a_folder_without_documents_csv_is_a_usage_error_naming_it()
    {
        using var empty = TestEnvironment.CreateTempDir();
        var (exit, _, error) = await Run("topics", "--from", empty.Path, "--topics", "3");
        Assert.Equal(2, exit);
        Assert.Contains("documents.csv is missing", error);
        (exit, _, error) = await Run("topics", TestEnvironment.SampleCorpus, "--from", empty.Path, "--topics", "3");
        Assert.Equal(2, exit);
        Assert.Contains("either a CORPUS folder or --from DIR", error);
    }

    [Fact]
    public async Task Model_charts_take_the_chart_options_as_the_other_charts_do()
    {
        // 800 points wide at 144 dpi: 1,200 pixels (points are 1/96 inch); the small multiples take the height their panels need.
        using var topics = TestEnvironment.CreateTempDir();
        var (exit, _, error) = await Run("topics", TestEnvironment.SampleCorpus, "--unit", "paragraph", "--topics", "3", "--iterations", "10",
            "--dpi", "144", "--width", "800", "--height", "500", "-q", "--out", topics.Path);
        Assert.True(exit == 0, error);
        var pngs = Directory.GetFiles(topics.File("charts"), "*.png");
        Assert.NotEmpty(pngs);
        Assert.All(pngs, png => Assert.Equal(1200, PngSize(png).Width));

        using var analyzed = TestEnvironment.CreateTempDir();
        (exit, _, error) = await Run("analyze", TestEnvironment.SampleCorpus, "--clusters", "2", "--dpi", "192", "--width", "600", "--height", "400",
            "-q", "--out", analyzed.Path);
        Assert.True(exit == 0, error);
        Assert.Equal(1200, PngSize(analyzed.File("charts/document_map.png")).Width); // 600 points at 192 dpi

        (exit, _, error) = await Run("clusters", TestEnvironment.SampleCorpus, "--clusters", "2", "--dpi", "0");
        Assert.Equal(2, exit);
        Assert.Contains("--dpi", error);
    }

    private static (int Width, int Height) PngSize(string path)
    {
        var header = File.ReadAllBytes(path).AsSpan(16, 8);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header[4..]));
    }

    [Fact]
    public async Task Analyze_with_topics_and_clusters_adds_their_files_and_leaves_out_a_model_too_large_for_the_corpus_with_the_numbers()
    {
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, output, error) = await Run("analyze", TestEnvironment.SampleCorpus, "--topics", "3", "--topic-unit", "paragraph",
            "--clusters", "2", "--no-charts", "--out", outDir.Path);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("warning", error);
        Assert.Contains("Topic model (en): 33 units of 5 documents", output);
        Assert.Contains("Mean silhouette", output);
        foreach (var file in new[] { "concept_counts.csv", "report.html", "topic_terms.csv", "document_topics.csv", "topic_model.csv", "document_clusters.csv", "cluster_model.csv" })
            Assert.True(File.Exists(outDir.File(file)), file);
        Assert.Contains("unit,paragraph", File.ReadAllText(outDir.File("topic_model.csv")));

        using var small = TestEnvironment.CreateTempDir();
        (exit, _, error) = await Run("analyze", TestEnvironment.SampleCorpus, "--topics", "12", "--clusters", "4", "--no-charts", "--out", small.Path);
        Assert.Equal(0, exit);
        Assert.Contains("--topics 12 left out: too small for 12 topics: 5 documents, ", error);
        Assert.Contains("(use fewer topics, --topic-unit paragraph, or a larger corpus)", error);
        Assert.DoesNotContain("--unit paragraph", error);
        Assert.DoesNotContain("{setting:", error);
        Assert.Contains("--clusters 4 left out: too small for 4 clusters: 5 documents", error);
        Assert.True(File.Exists(small.File("concept_counts.csv")));
        Assert.False(File.Exists(small.File("topic_terms.csv")));
    }

    [Fact]
    public async Task Clusters_on_concept_profiles_count_the_concepts_in_the_same_run_or_read_them_with_from()
    {
        using var fresh = TestEnvironment.CreateTempDir();
        using var replayed = TestEnvironment.CreateTempDir();
        var (exit, output, _) = await Run("clusters", TestEnvironment.SampleCorpus, "--features", "concepts", "--clusters", "2", "--out", fresh.Path);
        Assert.Equal(0, exit);
        Assert.Contains("lexicon concepts per 10,000 tokens", output);
        Assert.True(File.Exists(fresh.File("concept_counts.csv")));
        Assert.Equal(0, (await Run("clusters", "--from", fresh.Path, "--features", "concepts", "--clusters", "2", "-q", "--out", replayed.Path)).Code);
        AssertSameFiles(fresh.Path, replayed.Path, "document_clusters.csv", "cluster_terms.csv", "cluster_model.csv");

        // A folder without counts (a topics run) says what is missing.
        using var topics = TestEnvironment.CreateTempDir();
        Assert.Equal(0, (await Run("topics", TestEnvironment.SampleCorpus, "--unit", "paragraph", "--topics", "2", "--iterations", "10", "-q", "--no-charts", "--out", topics.Path)).Code);
        var (code, _, error) = await Run("clusters", "--from", topics.Path, "--features", "concepts", "--clusters", "2");
        Assert.Equal(2, code);
        Assert.Contains("concept_counts.csv is missing", error);
    }

    private static void AssertSameFiles(string expected, string actual, params string[] files)
    {
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), file + " differs");
    }
}
