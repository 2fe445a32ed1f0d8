using GovText.Core.Cleaning;
using GovText.Core.Errors;
using GovText.Core.Ingestion;
using GovText.Core.Pipeline;
using GovText.Core.Tests.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Pipeline;

public class DeterminismTests
{
    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    [Fact]
    public void Two_runs_give_byte_identical_outputs_whatever_the_parallelism()
    {
        using var a = TestEnvironment.CreateTempDir();
        using var b = TestEnvironment.CreateTempDir();
        var cleaning = CleaningOptions.Default with { Explain = true };
        new AnalysisPipeline(new AnalysisOptions(new IngestOptions(TestEnvironment.SampleCorpus, null, cleaning) { MaxParallelism = 1 }, a.Path)).Run();
        new AnalysisPipeline(new AnalysisOptions(new IngestOptions(TestEnvironment.SampleCorpus, null, cleaning) { MaxParallelism = 4 }, b.Path)).Run();
        var first = Files(a.Path);
        var second = Files(b.Path);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.Equal(8, first.Count); // documents.csv, ingest_errors.csv, cleaning_log.csv and five texts, nothing else
        foreach (var (name, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[name]), name + " differs between runs");
    }

    [Fact]
    public void A_document_is_the_same_alone_and_in_a_batch()
    {
        using var alone = TestEnvironment.CreateTempDir();
        File.Copy(Path.Combine(TestEnvironment.SampleCorpus, "organizational-mobilization-collaborative-governance.txt"), alone.File("x.txt"));
        using var batch = TestEnvironment.CreateTempDir();
        foreach (var f in Directory.GetFiles(TestEnvironment.SampleCorpus, "*.txt")) File.Copy(f, batch.File(Path.GetFileName(f)));
        File.Copy(alone.File("x.txt"), batch.File("x.txt"));

        var single = TestCorpus.One(alone.Path);
        var inBatch = TestCorpus.Ingest(batch.Path).OfType<DocumentIngested>().Single(d => d.Path == "x.txt").Document;
        Assert.Equal(single.Text, inBatch.Text);
        Assert.Equal(single.Sentences, inBatch.Sentences);
    }

    [Fact]
    public void Out_inside_the_corpus_is_refused()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", "text");
        var ex = Assert.Throws<ConfigurationException>(() =>
            new AnalysisPipeline(new AnalysisOptions(new IngestOptions(dir.Path, null, CleaningOptions.Default), dir.File("results"))));
        Assert.Contains("inside the corpus folder", ex.Message);
        Assert.False(Directory.Exists(dir.File("results")));
    }

    [Fact]
    public void A_bad_file_does_not_stop_the_batch_and_strict_stops_at_it()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        TestCorpus.Write(corpus, "a.txt", "First.");
        TestCorpus.Write(corpus, "b.txt", [0x00, 0x01, 0x02]);
        TestCorpus.Write(corpus, "c.txt", "Third.");
        using var outDir = TestEnvironment.CreateTempDir();
        var options = new AnalysisOptions(new IngestOptions(corpus.Path, null, CleaningOptions.Default), outDir.Path);
        var result = new AnalysisPipeline(options).Run();
        Assert.Equal(ExitCode.SomeInputsFailed, result.ExitCode);
        Assert.Equal(2, result.Summary.Documents);
        Assert.StartsWith("path,error\nb.txt,binary file", File.ReadAllText(outDir.File("ingest_errors.csv")));

        using var strictOut = TestEnvironment.CreateTempDir();
        var strict = new AnalysisPipeline(options with { OutDir = strictOut.Path, Strict = true }).Run();
        Assert.Equal(ExitCode.SomeInputsFailed, strict.ExitCode);
        Assert.True(strict.Summary.StoppedEarly);
        Assert.Equal(1, strict.Summary.Documents);
        Assert.False(File.Exists(strictOut.File("text/c.txt")));
    }
}
