using System.Globalization;
using System.Text.Json.Nodes;
using GovText.Core.Output;
using GovText.Core.Results;
using GovText.Core.RunRecords;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Runs;

/// <summary>run.json and the results folder's guarantees, end to end on the sample corpus.</summary>
public partial class RunRecordTests
{
    [Fact]
    public async Task Two_runs_differ_only_in_the_timings_of_run_json_also_under_a_German_culture()
    {
        var (first, second, firstRecord, secondRecord) = await TwoRunsInvariantThenGerman();

        Assert.Contains("charts/concept_trends.svg", first.Keys);
        Assert.Contains("charts/concept_trends.png", first.Keys);
        // Skia numbers an SVG's clip paths with a counter that lives as long as the process, so the second run in one
        // process draws cl_a8 where the first drew cl_4: the same picture, other ids (ChartsTests below wants them equal).
        var differences = RunFolder.Differences(WithoutSvgIds(first), WithoutSvgIds(second));
        Assert.True(differences.SequenceEqual(["run.json"]), "differ: " + string.Join(", ", differences) + "\n" + RunFolder.FirstDifference(first, second, differences[0]));
        Assert.Equal(WithoutSvgHashes(firstRecord), WithoutSvgHashes(secondRecord));
    }

    // The same chart drawn twice in one process gives the same SVG bytes: GovText.Charts numbers Skia's clip-path ids per chart.
    [Fact]
    public async Task Charts_are_byte_identical_when_drawn_again_in_the_same_process_under_a_German_culture()
    {
        var (first, second, firstRecord, secondRecord) = await TwoRunsInvariantThenGerman();
        var differences = RunFolder.Differences(first, second);
        Assert.True(differences.SequenceEqual(["run.json"]), "differ: " + string.Join(", ", differences) + "\n" + RunFolder.FirstDifference(first, second, differences[0]));
        Assert.Equal(firstRecord, secondRecord);
    }

    private static async Task<(SortedDictionary<string, byte[]>, SortedDictionary<string, byte[]>, string, string)> TwoRunsInvariantThenGerman()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        string[] args = ["analyze", TestEnvironment.SampleCorpus, "--out", outDir, "--by", "year", "--target", "year=2020..2025", "--quiet"];

        Assert.Equal(0, (await InCulture(CultureInfo.InvariantCulture, () => Run(args))).Code);
        var first = RunFolder.Files(outDir);
        var firstRecord = RunFolder.RecordWithoutTimings(outDir);
        // de-DE writes 0,5 for one half: every number in every output (chart tick labels included) must not care.
        Assert.Equal(0, (await InCulture(CultureInfo.GetCultureInfo("de-DE"), () => Run(args))).Code);
        return (first, RunFolder.Files(outDir), firstRecord, RunFolder.RecordWithoutTimings(outDir));
    }

    private static string WithoutSvgHashes(string record)
    {
        var json = JsonNode.Parse(record)!.AsObject();
        foreach (var output in json["outputs"]!.AsArray().Select(o => o!.AsObject()).Where(o => ((string)o["path"]!).EndsWith(".svg", StringComparison.Ordinal)))
        {
            output.Remove("sha256");
            output.Remove("bytes");
        }
        return json.ToJsonString();
    }

    private static SortedDictionary<string, byte[]> WithoutSvgIds(SortedDictionary<string, byte[]> files) =>
        new(files.ToDictionary(f => f.Key, f => f.Key.EndsWith(".svg", StringComparison.Ordinal)
            ? System.Text.Encoding.UTF8.GetBytes(SvgClipId().Replace(System.Text.Encoding.UTF8.GetString(f.Value), "cl_N"))
            : f.Value), StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex("cl_[0-9a-f]+")]
    private static partial System.Text.RegularExpressions.Regex SvgClipId();

    [Fact]
    public async Task Run_json_records_the_options_inputs_and_every_output_with_its_sha256()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        Assert.Equal(0, (await Run("count", TestEnvironment.SampleCorpus, "--out", outDir, "--skip-step", "spacing", "--quiet")).Code);
        var record = RunFolder.Record(outDir);

        Assert.Equal(RunRecord.FormatName, (string?)record["format"]);
        Assert.Equal("count", (string?)record["command"]);
        var options = record["options"]!.AsObject();
        Assert.Equal(Path.GetFullPath(TestEnvironment.SampleCorpus), (string?)options["corpus"]);
        Assert.Equal(outDir, (string?)options["out"]);
        Assert.Equal(["spacing"], options["skip-step"]!.AsArray().Select(n => (string?)n));
        Assert.False((bool)options["strict"]!);
        Assert.Null(options["lexicon"]);

        var inputs = record["inputs"]!.AsObject();
        // The corpus fingerprint, recomputed here from its definition in docs/outputs.md.
        var corpusFiles = Directory.EnumerateFiles(TestEnvironment.SampleCorpus, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "manifest.csv")   // fingerprinted on its own
            .Select(f => (Fingerprint.Relative(TestEnvironment.SampleCorpus, f), Fingerprint.File(f))).ToList();
        Assert.Equal(corpusFiles.Count, (int)inputs["corpus"]!["files"]!);
        Assert.Equal(Fingerprint.List(corpusFiles), (string?)inputs["corpus"]!["sha256"]);
        Assert.Equal(Fingerprint.File(Path.Combine(TestEnvironment.SampleCorpus, "manifest.csv")), (string?)inputs["manifest"]!["sha256"]);
        Assert.Equal("default-lexicon.yml", (string?)inputs["lexicon"]!["path"]);
        Assert.Contains("social_governance", inputs["lexicon"]!["concepts"]!.AsArray().Select(n => (string?)n));
        Assert.DoesNotContain("spacing", inputs["cleaning"]!["steps"]!.AsArray().Select(n => (string?)n));
        Assert.Matches("^[0-9a-f]{64}$", (string?)inputs["segmenter"]!["dictionary_sha256"]);

        // Every file in the folder is listed with its real size and sha256; text/ as one entry.
        var outputs = record["outputs"]!.AsArray().Select(n => n!.AsObject()).ToList();
        var files = RunFolder.Files(outDir);
        Assert.Equal(files.Keys.Where(k => !k.StartsWith("text/", StringComparison.Ordinal) && k != "run.json").Append("text/").Order(StringComparer.Ordinal),
            outputs.Select(o => (string)o["path"]!));
        foreach (var output in outputs.Where(o => (string)o["path"]! != "text/"))
            Assert.Equal(Fingerprint.Bytes(files[(string)output["path"]!]), (string?)output["sha256"]);
        var text = outputs.Single(o => (string)o["path"]! == "text/");
        Assert.Equal(files.Keys.Count(k => k.StartsWith("text/", StringComparison.Ordinal)), (int)text["files"]!);
        Assert.Equal(Fingerprint.Tree(Path.Combine(outDir, "text")).Sha256, (string?)text["sha256"]);
        Assert.NotNull(record["timings"]!["stages"]!["ingest and count"]);
    }

    // The document pass hashes every file it reads (documents.csv's sha256); run.json's corpus fingerprint takes those
    // hashes and reads only the files the pass did not turn into documents. Either way it must be the fingerprint of the
    // bytes of every file, as docs/outputs.md defines it, whether the files were read, failed, or never reached.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_corpus_fingerprint_covers_failed_and_unreached_files_as_read_ones(bool strict)
    {
        using var dir = TestEnvironment.CreateTempDir();
        var corpus = dir.File("corpus");
        Directory.CreateDirectory(Path.Combine(corpus, "b"));
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "协同治理是一种治理方式。\n");
        File.WriteAllBytes(Path.Combine(corpus, "b", "broken.pdf"), System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\nnot a pdf at all"));
        File.WriteAllText(Path.Combine(corpus, "c.txt"), "Meta-governance steers the steering.\n");
        var outDir = dir.File("results");
        string[] args = ["count", corpus, "--out", outDir, "--quiet"];

        var (code, _, _) = await Run(strict ? [.. args, "--strict"] : args);

        Assert.Equal(1, code);
        var documents = File.ReadAllLines(Path.Combine(outDir, ResultFiles.Documents));
        Assert.Equal(strict ? 2 : 3, documents.Length);   // header, a.txt (and c.txt unless --strict stopped at broken.pdf)
        var expected = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Select(f => (Fingerprint.Relative(corpus, f), Fingerprint.File(f))).ToList();
        var inputs = RunFolder.Record(outDir)["inputs"]!;
        Assert.Equal(3, (int)inputs["corpus"]!["files"]!);
        Assert.Equal(Fingerprint.List(expected), (string?)inputs["corpus"]!["sha256"]);
    }

    [Fact]
    public async Task A_failed_run_leaves_the_folder_as_it_was()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        Assert.Equal(0, (await Run("count", TestEnvironment.SampleCorpus, "--out", outDir, "--quiet")).Code);
        var before = RunFolder.Files(outDir);

        // The target is checked only after counting: today's outputs would have been half replaced.
        var (code, _, error) = await Run("analyze", TestEnvironment.SampleCorpus, "--out", outDir, "--by", "year", "--target", "year=2030..2040", "--quiet");

        Assert.Equal(2, code);
        Assert.Contains("selects no document", error);
        Assert.Empty(RunFolder.Differences(before, RunFolder.Files(outDir)));
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(Path.Combine(outDir, ".govtext")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Outputs_of_an_earlier_run_that_a_run_does_not_write_are_removed_and_nothing_else()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(outDir).FullName, "my-notes.txt"), "not GovText's");
        Assert.Equal(0, (await Run("analyze", TestEnvironment.SampleCorpus, "--out", outDir, "--by", "year", "--target", "year=2020..2025", "--quiet")).Code);
        Assert.True(File.Exists(Path.Combine(outDir, "keyness.csv")));
        Assert.True(File.Exists(Path.Combine(outDir, "charts", "concept_trends.png")));
        var counts = File.ReadAllBytes(Path.Combine(outDir, "concept_matches.csv"));

        var (code, _, _) = await Run("compare", "--from", outDir, "--by", "language", "--no-charts");

        Assert.Equal(0, code);
        var files = RunFolder.Files(outDir).Keys.ToList();
        // Neither the keyness tables (no --target now) nor the charts (--no-charts) of the earlier run are left.
        Assert.DoesNotContain(files, f => f.Contains("keyness", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith("charts/", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(outDir, "charts")));
        Assert.Contains("concept_by_group.csv", files);
        Assert.Contains("my-notes.txt", files);
        // compare --from keeps the tables it read, and lists them again.
        Assert.Equal(counts, File.ReadAllBytes(Path.Combine(outDir, "concept_matches.csv")));
        var listed = RunFolder.Record(outDir)["outputs"]!.AsArray().Select(o => (string)o!["path"]!).ToList();
        Assert.Contains("concept_matches.csv", listed);
        Assert.Contains("text/", listed);
        Assert.DoesNotContain("keyness.csv", listed);
        Assert.Equal("compare", (string?)RunFolder.Record(outDir)["command"]);
    }

    [Fact]
    public async Task A_second_run_into_a_folder_in_use_is_refused_naming_the_first_and_a_dead_runs_leftovers_are_cleaned_up()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        var first = new RunOwner(Environment.ProcessId, Environment.MachineName, new DateTimeOffset(2026, 11, 29, 10, 1, 49, TimeSpan.Zero), "govtext analyze");
        using (ResultsTransaction.Begin(outDir, first, ResultsScope.Whole))
        {
            var (code, _, error) = await Run("count", TestEnvironment.SampleCorpus, "--out", outDir, "--quiet");
            Assert.Equal(2, code);
            Assert.Contains($"in use by another GovText run (pid {Environment.ProcessId} on host {Environment.MachineName}, started 2026-11-29T10:01:49Z", error);
            Assert.False(File.Exists(Path.Combine(outDir, "documents.csv")));
        }

        // A run killed mid-way (kill -9) leaves its owner file and staging folder: the next run takes over.
        var dead = Directory.CreateDirectory(Path.Combine(outDir, ".govtext")).FullName;
        File.WriteAllText(Path.Combine(dead, "owner.json"), "{\"Pid\":99999999,\"Host\":\"" + Environment.MachineName + "\",\"Started\":\"2026-11-29T09:00:00Z\",\"Command\":\"govtext count\"}");
        Directory.CreateDirectory(Path.Combine(dead, "staging-0123456789ab", "text"));
        File.WriteAllText(Path.Combine(dead, "staging-0123456789ab", "text", "x.txt"), "partial");

        var (next, _, notes) = await Run("ingest", TestEnvironment.SampleCorpus, "--out", outDir);
        Assert.Equal(0, next);
        Assert.Contains("took over the results folder from a run that is no longer running (pid 99999999", notes);
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(dead).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(outDir, "documents.csv")));
    }

    private static async Task<T> InCulture<T>(CultureInfo culture, Func<Task<T>> work)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try { return await work(); }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
