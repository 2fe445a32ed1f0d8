using GovText.Core.Cleaning;
using GovText.Core.Documents;
using GovText.Core.Ingestion;
using GovText.Core.Pipeline;
using GovText.Core.Results;
using GovText.Core.Tests.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Pipeline;

/// <summary>
/// The document pass's contract with its stages: each document's <see cref="IDocumentStage.Process"/> runs on a worker,
/// never more at once than --jobs, and the ordered parts run in file order whatever order the workers finish in.
/// </summary>
public class DocumentPassTests
{
    private sealed class SlowStage(Func<string, int> delayMs) : IDocumentStage
    {
        private int _running;
        private int _maxRunning;

        public List<string> Ordered { get; } = [];

        public int MaxRunning => _maxRunning;

        public string Name => "slow";

        public Action Process(Document document, DocumentRow row)
        {
            var now = Interlocked.Increment(ref _running);
            InterlockedMax(ref _maxRunning, now);
            Thread.Sleep(delayMs(document.Id));
            Interlocked.Decrement(ref _running);
            return () => Ordered.Add(document.Id);
        }

        public IReadOnlyList<string> Finish(string outDir) => [];

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Stages_work_on_at_most_jobs_documents_at_once_and_finish_in_file_order(int jobs)
    {
        using var corpus = TestEnvironment.CreateTempDir();
        using var outDir = TestEnvironment.CreateTempDir();
        var ids = Enumerable.Range(10, 12).Select(i => $"d{i}").ToList();
        foreach (var id in ids) TestCorpus.Write(corpus, id + ".txt", $"Document {id} on collaborative governance.");
        // Earlier files take longer, so later ones finish first when they run alongside.
        var stage = new SlowStage(id => 5 * (22 - int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)));
        var options = new AnalysisOptions(new IngestOptions(corpus.Path, null, CleaningOptions.Default) { MaxParallelism = jobs }, outDir.Path);
        var result = new AnalysisPipeline(options, [stage]).Run();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ids, stage.Ordered);
        Assert.InRange(stage.MaxRunning, 1, jobs);
        Assert.Equal(["doc_id", .. ids], File.ReadLines(outDir.File("documents.csv")).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void A_strict_run_stops_at_the_failed_file_and_no_stage_sees_a_later_document()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        using var outDir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(corpus, "a.txt", "First document.");
        File.WriteAllBytes(corpus.File("b.pdf"), "not a pdf"u8.ToArray());
        TestCorpus.Write(corpus, "c.txt", "Third document.");
        var stage = new SlowStage(_ => 0);
        var options = new AnalysisOptions(new IngestOptions(corpus.Path, null, CleaningOptions.Default) { MaxParallelism = 2 }, outDir.Path) { Strict = true };
        var result = new AnalysisPipeline(options, [stage]).Run();
        Assert.True(result.Summary.StoppedEarly);
        Assert.Equal(["a"], stage.Ordered);
        Assert.Equal(["a.txt"], Directory.GetFiles(outDir.File("text")).Select(Path.GetFileName));
    }
}
