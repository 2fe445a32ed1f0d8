using System.Text;
using GovText.Core.Cleaning;
using GovText.Core.Ingestion;
using GovText.Core.Pipeline;
using GovText.Tests;
using Xunit.Abstractions;

namespace GovText.Core.Tests.Pipeline;

[CollectionDefinition(nameof(LargeFileTests), DisableParallelization = true)]
public sealed class LargeFileCollection;

/// <summary>Runs alone (no parallel tests) so the managed-heap peak it measures is its own.</summary>
[Collection(nameof(LargeFileTests))]
public class LargeFileTests(ITestOutputHelper output)
{
    private const long TargetBytes = 50L * 1024 * 1024;

    private static long WriteLargeFile(string path)
    {
        // A realistic mix: paragraphs of English with a broken word and a missing space, Chinese paragraphs,
        // blank lines between them; every paragraph numbered so the text does not compress into repeats.
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        long bytes = 0;
        for (var i = 0; bytes < TargetBytes; i++)
        {
            var en = $"Paragraph {i}: community-level social govern-ance led by the Party,the grass-roots organizations play a role. " +
                     "Effective governance hinges not only on mobilized efforts but also on collaborative approaches to governance.";
            var zh = $"第{i}段：推进基层治理转型关键在于创新和完善基层党建与基层治理两者有效融合的实践进路。";
            writer.Write(en);
            writer.Write("\n\n");
            writer.Write(zh);
            writer.Write("\n\n");
            bytes += Encoding.UTF8.GetByteCount(en) + Encoding.UTF8.GetByteCount(zh) + 4;
        }
        return bytes;
    }

    [Fact]
    public void A_50_MB_text_file_is_streamed_with_memory_bounded_by_its_text()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        using var outDir = TestEnvironment.CreateTempDir();
        var file = corpus.File("big file 大文件.txt");
        var size = WriteLargeFile(file);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(5)) peak = Math.Max(peak, GC.GetTotalMemory(false));
        }) { IsBackground = true };
        sampler.Start();

        var result = new AnalysisPipeline(new AnalysisOptions(new IngestOptions(corpus.Path, null, CleaningOptions.Default), outDir.Path)).Run();
        done.Set();
        sampler.Join();
        peak = Math.Max(peak, GC.GetTotalMemory(false));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, result.Summary.Documents);
        var text = File.ReadAllText(Path.Combine(outDir.Path, "text", "big-file-大文件.txt"));
        Assert.StartsWith("Paragraph 0: community-level social governance led by the Party, the grass-roots organizations play a role.", text);
        Assert.Contains("\n\n第1段：推进基层治理转型", text);

        // Measured: about 5x the file size (docs/input-formats.md). Live at the end are the paragraph strings
        // (UTF-16, 2 bytes a character) and the document model (a record per paragraph and per sentence,
        // about as much again), plus garbage not yet collected. A reader that also held the file's bytes, a
        // whole-file string and an array of its lines would add about 4x the file size on top.
        var chars = text.Length;
        var growth = peak - baseline;
        output.WriteLine($"file {size / 1e6:F1} MB, {chars / 1e6:F1} M chars, managed heap peak growth {growth / 1e6:F0} MB ({(double)growth / size:F1} x file size)");
        Assert.True(growth < 7 * size, $"peak managed heap grew by {growth / 1e6:F0} MB for a {size / 1e6:F0} MB file");
    }
}
