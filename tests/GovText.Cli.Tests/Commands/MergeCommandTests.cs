using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using GovText.Cli.Tests.Runs;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Commands;

/// <summary><c>--shard I/N</c> and <c>govtext merge</c>: the merged folder equals the unsharded run's.</summary>
public class MergeCommandTests
{
    // A corpus with what a merge must carry: documents of very different sizes in both languages, nested folders,
    // a file that fails, a skipped file, and cleaning events (--explain-cleaning).
    private static void WriteCorpus(string corpus)
    {
        Directory.CreateDirectory(Path.Combine(corpus, "b"));
        var zh = "坚持党建引领，推进基层治理和协同治理，完善元治理机制，组织动员群众参与社会治理。";
        var en = "Collaborative governance and meta-governance rely on organizational mobilization of residents. ";
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["a01.txt"] = string.Concat(Enumerable.Repeat(zh, 40)),
            ["a02.txt"] = string.Concat(Enumerable.Repeat(en, 3)),
            ["a03.txt"] = string.Concat(Enumerable.Repeat(zh + "\n\n" + en + "\n\n", 200)),
            ["a04.md"] = "# 标题\n\n" + zh + "\n",
            ["b/c05.txt"] = string.Concat(Enumerable.Repeat(en + "\n", 60)) + "Page 3 of 9\n",
            ["b/c06.txt"] = zh,
            ["b/c07.html"] = "<html><body><p>" + en + "</p><p>" + zh + "</p></body></html>",
            ["b/c08.txt"] = "",
            ["c09.txt"] = string.Concat(Enumerable.Repeat("协同治理。", 500)),
            ["d10.txt"] = "Meta-governance.\n",
        };
        foreach (var (path, text) in texts) File.WriteAllText(Path.Combine(corpus, path), text, new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(corpus, "b", "broken.pdf"), Encoding.ASCII.GetBytes("%PDF-1.4\nnot a pdf at all"));
        File.WriteAllText(Path.Combine(corpus, "notes.xyz"), "not a document");
    }

    private static async Task Ok(params string[] args)
    {
        var (code, _, error) = await Run(args);
        Assert.True(code is 0 or 1, $"govtext {string.Join(' ', args)}: exit {code}\n{error}");
    }

    private static void AssertSameOutputs(string whole, string merged, params string[] except)
    {
        var a = RunFolder.Files(whole);
        var b = RunFolder.Files(merged);
        foreach (var name in except.Append("run.json")) { a.Remove(name); b.Remove(name); }
        var differences = RunFolder.Differences(a, b);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Select(d => RunFolder.FirstDifference(a, b, d))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(25)] // more shards than files: most shards are empty
    public async Task Count_shards_merge_into_the_unsharded_run_byte_for_byte(int shards)
    {
        using var dir = TestEnvironment.CreateTempDir();
        var corpus = dir.File("corpus");
        WriteCorpus(corpus);
        await Ok("count", corpus, "--out", dir.File("whole"), "--explain-cleaning", "-q");
        var folders = new List<string>();
        for (var i = shards; i >= 1; i--) // any order
        {
            folders.Add(dir.File($"shards/part-{i:00}"));
            await Ok("count", corpus, "--out", folders[^1], "--explain-cleaning", "--shard", $"{i}/{shards}", "-q", "--jobs", "1");
        }

        var (code, output, error) = await Run(["merge", .. folders, "--out", dir.File("merged")]);

        Assert.True(code == 1, error); // the broken PDF failed, in the merged run as in the whole one
        var documents = File.ReadLines(dir.File("whole/documents.csv")).Count() - 1;
        var failed = File.ReadLines(dir.File("whole/ingest_errors.csv")).Count() - 1;
        Assert.Equal(2, failed); // the broken PDF and the empty file
        Assert.Contains($"Merged {shards} shard{(shards == 1 ? "" : "s")} of 'count': {documents} documents, {failed} failed", output);
        AssertSameOutputs(dir.File("whole"), dir.File("merged"));
        Assert.Contains("b/broken.pdf", File.ReadAllText(dir.File("merged/ingest_errors.csv")));
        var record = RunFolder.Record(dir.File("merged"));
        Assert.Equal("merge", (string?)record["command"]);
        Assert.Equal(shards, record["inputs"]!["corpus"]!["shards"]!.AsArray().Count);
        Assert.Equal((string?)RunFolder.Record(dir.File("whole"))["inputs"]!["corpus"]!["listing_sha256"],
            (string?)record["inputs"]!["corpus"]!["listing_sha256"]);
    }

    [Fact]
    public async Task Parquet_shards_merge_into_the_unsharded_parquet_run_byte_for_byte()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var corpus = dir.File("corpus");
        WriteCorpus(corpus);
        await Ok("count", corpus, "--out", dir.File("whole"), "--table-format", "parquet", "-q");
        for (var i = 1; i <= 3; i++) await Ok("count", corpus, "--out", dir.File($"p{i}"), "--table-format", "parquet", "--shard", $"{i}/3", "-q");
        await Ok("count", corpus, "--out", dir.File("csv3"), "--shard", "3/3", "-q");

        var (code, _, error) = await Run("merge", dir.File("p1"), dir.File("p2"), dir.File("p3"), "--out", dir.File("merged"), "-q");

        Assert.True(code == 1, error);
        Assert.True(File.Exists(dir.File("merged/concept_matches.parquet")));
        AssertSameOutputs(dir.File("whole"), dir.File("merged"));
        var mixed = await Run("merge", dir.File("p1"), dir.File("p2"), dir.File("csv3"), "--out", dir.File("mixed"), "-q");
        Assert.Equal(2, mixed.Code);
        Assert.Contains("the shards differ in option 'table-format'", mixed.Err);
    }

    [Fact]
    public async Task Each_shard_reads_only_its_part_and_every_file_is_read_by_exactly_one_shard()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var corpus = dir.File("corpus");
        WriteCorpus(corpus);
        await Ok("ingest", corpus, "--out", dir.File("whole"), "-q");
        var paths = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            await Ok("ingest", corpus, "--out", dir.File($"p{i}"), "--shard", $"{i}/3", "-q");
            var read = File.ReadLines(dir.File($"p{i}/documents.csv")).Skip(1).Select(l => l.Split(',')[1]).ToList();
            Assert.NotEmpty(read);
            paths.AddRange(read);
        }
        Assert.Equal(File.ReadLines(dir.File("whole/documents.csv")).Skip(1).Select(l => l.Split(',')[1]), paths);
        await Ok("merge", dir.File("p*"), "--out", dir.File("merged"), "-q"); // a quoted glob
        AssertSameOutputs(dir.File("whole"), dir.File("merged"));
    }

    [Fact]
    public async Task Analyze_shards_count_only_and_merge_computes_the_comparisons_and_charts_of_the_whole_corpus()
    {
        using var dir = TestEnvironment.CreateTempDir();
        string[] compare = ["--by", "year", "--target", "year=2020..2025", "--min-count", "2"];
        await Ok(["analyze", TestEnvironment.SampleCorpus, "--out", dir.File("whole"), "-q", .. compare]);
        for (var i = 1; i <= 2; i++)
        {
            await Ok(["analyze", TestEnvironment.SampleCorpus, "--out", dir.File($"s{i}"), "-q", "--shard", $"{i}/2", .. compare]);
            Assert.False(File.Exists(dir.File($"s{i}/keyness.csv")), "a shard's keyness would describe only its documents");
            Assert.False(Directory.Exists(dir.File($"s{i}/charts")));
        }

        var (code, _, error) = await Run("merge", dir.File("s1"), dir.File("s2"), "--out", dir.File("merged"), "-q");

        Assert.True(code == 0, error);
        Assert.True(File.Exists(dir.File("merged/keyness.csv")));
        Assert.True(File.Exists(dir.File("merged/charts/trend.png")) || Directory.EnumerateFiles(dir.File("merged/charts"), "*.png").Any());
        // report.html shows the run record, which is the merge's: everything else is the whole run's, byte for byte.
        AssertSameOutputs(dir.File("whole"), dir.File("merged"), "report.html");
        Assert.Contains("merge", File.ReadAllText(dir.File("merged/report.html")));
    }

    [Fact]
    public async Task Refuses_missing_duplicated_and_mismatched_shards_and_leaves_the_output_as_it_was()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var corpus = dir.File("corpus");
        WriteCorpus(corpus);
        for (var i = 1; i <= 4; i++) await Ok("count", corpus, "--out", dir.File($"p{i}"), "--shard", $"{i}/4", "-q");
        await Ok("count", corpus, "--out", dir.File("p2-noclean"), "--shard", "2/4", "--no-clean", "-q");
        await Ok("count", corpus, "--out", dir.File("p2-of-3"), "--shard", "2/3", "-q");
        Directory.CreateDirectory(dir.File("merged"));
        File.WriteAllText(dir.File("merged/keep.txt"), "earlier results");

        async Task Refused(string expected, params string[] folders)
        {
            var (code, output, error) = await Run(["merge", .. folders.Select(dir.File), "--out", dir.File("merged")]);
            Assert.Equal(2, code);
            Assert.Contains(expected, error);
            Assert.DoesNotContain("   at ", error); // no stack trace
            Assert.Equal("", output);
            Assert.Equal(["keep.txt"], Directory.GetFiles(dir.File("merged")).Select(Path.GetFileName));
        }

        await Refused("2 of 4 shards missing: 2, 4", "p1", "p3");
        await Refused("shard 3 of 4 is given twice", "p1", "p2", "p3", "p3", "p4");
        await Refused("the shards differ in option 'no-clean'", "p1", "p2-noclean", "p3", "p4");
        await Refused("not shards of one split", "p1", "p2-of-3");
        await Refused("has no run.json", "p1", "p2", "p3", "corpus");

        // A corpus that changed between shards: another listing, so other shard boundaries.
        File.AppendAllText(Path.Combine(corpus, "a01.txt"), "新增内容。");
        await Ok("count", corpus, "--out", dir.File("p4-changed"), "--shard", "4/4", "-q");
        await Refused("the shards differ in corpus (the files' paths and sizes)", "p1", "p2", "p3", "p4-changed");

        // Overlapping documents (a shard folder doctored to hold another's documents) are caught while merging.
        Docs.HelpExamplesTests.Sandbox.CopyFolder(dir.File("p1"), dir.File("p2-overlap"));
        File.Copy(dir.File("p2/run.json"), dir.File("p2-overlap/run.json"), overwrite: true);
        await Refused("the shards overlap", "p1", "p2-overlap", "p3", "p4");
    }

    [Fact]
    public async Task Inside_a_SLURM_array_task_the_shard_comes_from_the_environment()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var corpus = dir.File("corpus");
        WriteCorpus(corpus);
        await Ok("count", corpus, "--out", dir.File("explicit"), "--shard", "2/3", "-q");

        // In a child process: the environment is the process's, and other tests run in this one.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { typeof(CliApp).Assembly.Location, "count", corpus, "--out", dir.File("slurm") }) start.ArgumentList.Add(arg);
        start.Environment["SLURM_ARRAY_TASK_ID"] = "11";
        start.Environment["SLURM_ARRAY_TASK_MIN"] = "10";
        start.Environment["SLURM_ARRAY_TASK_COUNT"] = "3";
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();

        Assert.True(process.ExitCode is 0 or 1, await error);
        Assert.Contains("2 of 3 (from SLURM array task 11)", await output);
        var shard = RunFolder.Record(dir.File("slurm"))["inputs"]!["corpus"]!["shard"]!;
        Assert.Equal(2, (int)shard["number"]!);
        Assert.Equal(3, (int)shard["count"]!);
        AssertSameOutputs(dir.File("explicit"), dir.File("slurm"));
    }
}
