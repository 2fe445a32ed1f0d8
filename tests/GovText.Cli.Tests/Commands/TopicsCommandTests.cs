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
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Bad_topic_range_is_a_usage_error()
    {
        var (exit, _, error) = await Run("topics", TestEnvironment.SampleCorpus, "--topics", "30..5");
        Assert.Equal(2, exit);
        Assert.Contains("--topics 30..5", error);
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
}
