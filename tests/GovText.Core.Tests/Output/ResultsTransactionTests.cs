using GovText.Core.Errors;
using GovText.Core.Output;
using GovText.Core.RunRecords;
using GovText.Tests;

namespace GovText.Core.Tests.Output;

/// <summary>
/// The results-folder transaction: lock, staging and swap, stale outputs, and what dead runs leave behind (a run killed
/// mid-way is simulated by leaving its staging or commit folder and its owner file, with a pid that is not running).
/// </summary>
public class ResultsTransactionTests
{
    // Above Linux's largest pid_max (2^22): never a running process.
    private const int DeadPid = 99_999_999;

    private static RunOwner Me => RunOwner.Current("govtext test");

    [Fact]
    public void A_committed_run_replaces_the_folder_and_lists_every_output_with_its_sha256()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        using (var run = ResultsTransaction.Begin(outDir, Me, ResultsScope.Whole))
        {
            File.WriteAllText(Path.Combine(run.StagingDir, "a.csv"), "x\n1\n");
            Directory.CreateDirectory(Path.Combine(run.StagingDir, "text"));
            File.WriteAllText(Path.Combine(run.StagingDir, "text", "d1.txt"), "one");
            File.WriteAllText(Path.Combine(run.StagingDir, "text", "d2.txt"), "two");
            Directory.CreateDirectory(Path.Combine(run.StagingDir, "charts"));
            File.WriteAllText(Path.Combine(run.StagingDir, "charts", "c.svg"), "<svg/>");
            Assert.False(File.Exists(Path.Combine(outDir, "a.csv")));   // nothing visible before the commit
            Assert.Equal(Path.Combine(outDir, "text") + "/", run.FinalPath(Path.Combine(run.StagingDir, "text") + "/"));
            Assert.Equal(Path.Combine(outDir, "charts", "c.svg"), run.FinalPath(Path.Combine(run.StagingDir, "charts", "c.svg")));

            var outputs = run.Commit(Record);
            Assert.Equal(["a.csv", "charts/c.svg", "text/"], outputs.Select(o => o.Path));
            Assert.Equal(Fingerprint.Text("x\n1\n"), outputs[0].Sha256);
            Assert.Equal(4, outputs[0].Bytes);
            // A whole folder's fingerprint: sha256 of "path<TAB>sha256<LF>" lines in ordinal order.
            var tree = Fingerprint.Text($"d1.txt\t{Fingerprint.Text("one")}\nd2.txt\t{Fingerprint.Text("two")}\n");
            Assert.Equal(new OutputEntry("text/", 6, tree, 2), outputs[2]);
        }

        Assert.Equal("x\n1\n", File.ReadAllText(Path.Combine(outDir, "a.csv")));
        Assert.Equal("two", File.ReadAllText(Path.Combine(outDir, "text", "d2.txt")));
        Assert.Equal(["a.csv", "charts/c.svg", "text/"], ResultsTransaction.ReadRecordOutputs(Path.Combine(outDir, "run.json"))!.Select(o => o.Path));
        // Only the empty lock file stays in GovText's working folder.
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(Path.Combine(outDir, ".govtext")).Select(Path.GetFileName));
    }

    // The document pass hashes text/ files as it writes them; the commit takes those hashes instead of reading the files
    // back, but only for a file that still has the size its writer recorded.
    [Fact]
    public void The_commit_takes_a_ledgered_hash_for_a_file_of_the_recorded_size_and_reads_every_other_file()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        using var run = ResultsTransaction.Begin(outDir, Me, ResultsScope.Whole);
        var text = Path.Combine(run.StagingDir, "text");
        Directory.CreateDirectory(text);
        File.WriteAllText(Path.Combine(text, "d1.txt"), "one");
        File.WriteAllText(Path.Combine(text, "d2.txt"), "two");
        File.WriteAllText(Path.Combine(text, "d3.txt"), "three");
        var vouched = new string('a', 64);
        run.Ledger.Record(Path.Combine(text, "d1.txt"), 3, vouched);            // taken: the size matches
        run.Ledger.Record(Path.Combine(text, "d3.txt"), 4, new string('b', 64)); // ignored: d3.txt has 5 bytes

        var outputs = run.Commit(Record);

        var folder = Assert.Single(outputs);
        Assert.Equal(Fingerprint.List([("d1.txt", vouched), ("d2.txt", Fingerprint.Text("two")), ("d3.txt", Fingerprint.Text("three"))]), folder.Sha256);
        Assert.Equal(11, folder.Bytes);
        Assert.Equal(3, folder.Files);
    }

    [Fact]
    public void A_hashing_stream_passes_every_byte_on_and_hashes_exactly_those_bytes()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("协同治理 meta-governance\n", 5000)));
        using var inner = new MemoryStream();
        using var hashing = new HashingStream(inner);
        hashing.Write(bytes, 0, 7);
        hashing.WriteByte(bytes[7]);
        hashing.Write(bytes.AsSpan(8));

        Assert.Equal(bytes, inner.ToArray());
        Assert.Equal(bytes.Length, hashing.BytesWritten);
        Assert.Equal(Fingerprint.Bytes(bytes), hashing.Sha256());
    }

    [Fact]
    public void A_run_that_fails_leaves_the_folder_as_it_was()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        Commit(outDir, ResultsScope.Whole, ("a.csv", "old"), ("text/d1.txt", "old text"));
        var before = Snapshot(outDir);

        using (var run = ResultsTransaction.Begin(outDir, Me, ResultsScope.Whole))
        {
            File.WriteAllText(Path.Combine(run.StagingDir, "a.csv"), "new");
            Directory.CreateDirectory(Path.Combine(run.StagingDir, "text"));
            File.WriteAllText(Path.Combine(run.StagingDir, "text", "d1.txt"), "new text");
            // An exception here: disposed without a commit.
        }

        Assert.Equal(before, Snapshot(outDir));
    }

    [Fact]
    public void A_failed_first_run_leaves_no_folder_behind()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("new-results");
        using (var run = ResultsTransaction.Begin(outDir, Me, ResultsScope.Whole))
            File.WriteAllText(Path.Combine(run.StagingDir, "a.csv"), "new");
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_second_run_into_a_held_folder_is_refused_naming_the_first()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        var first = new RunOwner(Environment.ProcessId, Environment.MachineName, new DateTimeOffset(2026, 11, 29, 10, 1, 49, TimeSpan.Zero), "govtext analyze papers");
        using var holder = ResultsTransaction.Begin(outDir, first, ResultsScope.Whole);

        var refused = Assert.Throws<ConfigurationException>(() => ResultsTransaction.Begin(outDir, Me, ResultsScope.Whole));
        Assert.Contains($"pid {Environment.ProcessId} on host {Environment.MachineName}, started 2026-11-29T10:01:49Z (govtext analyze papers)", refused.Message);
        Assert.Contains("in use by another GovText run", refused.Message);
        // The refused run touched nothing: the holder's staging folder is still the only one.
        Assert.Single(Directory.GetDirectories(Path.Combine(outDir, ".govtext")));
        Assert.True(Directory.Exists(holder.StagingDir));
    }

    [Fact]
    public void The_lock_and_staging_of_a_dead_run_are_taken_over_and_cleaned_up()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        Commit(outDir, ResultsScope.Whole, ("a.csv", "old"));
        // What kill -9 mid-run leaves: the owner file, a half-written staging folder with a temporary file, and a
        // temporary file of an older GovText's atomic write next to the outputs.
        var dead = new RunOwner(DeadPid, Environment.MachineName, DateTimeOffset.UtcNow.AddHours(-1), "govtext analyze");
        File.WriteAllText(Path.Combine(outDir, ".govtext", "owner.json"), dead.ToJson());
        var staging = Path.Combine(outDir, ".govtext", "staging-0123456789ab");
        Directory.CreateDirectory(Path.Combine(staging, "text"));
        File.WriteAllText(Path.Combine(staging, "text", "d9.txt"), "partial");
        File.WriteAllText(Path.Combine(staging, ".concept_matches.csv.0a1b2c3d.tmp"), "partial");
        File.WriteAllText(Path.Combine(outDir, ".concept_matches.csv.0a1b2c3d.tmp"), "partial");

        using (var run = ResultsTransaction.Begin(outDir, Me, ResultsScope.Whole))
        {
            Assert.Contains(run.Notes, n => n.Contains($"pid {DeadPid}", StringComparison.Ordinal) && n.Contains("no longer running", StringComparison.Ordinal));
            Assert.False(Directory.Exists(staging));
            Assert.False(File.Exists(Path.Combine(outDir, ".concept_matches.csv.0a1b2c3d.tmp")));
            File.WriteAllText(Path.Combine(run.StagingDir, "a.csv"), "new");
            run.Commit(Record);
        }
        Assert.Equal("new", File.ReadAllText(Path.Combine(outDir, "a.csv")));
        Assert.False(Directory.Exists(Path.Combine(outDir, "text")));
    }

    [Fact]
    public void A_commit_interrupted_half_way_is_finished_by_the_next_run()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        Commit(outDir, ResultsScope.Whole, ("a.csv", "old a"), ("b.csv", "old b"), ("text/d1.txt", "old text"));

        // A run killed after its staging folder became a commit folder, and after it had moved text/ and a.csv in:
        // the folder mixes both runs until the next run finishes the moves.
        var commit = Path.Combine(outDir, ".govtext", "commit-0123456789ab");
        Directory.CreateDirectory(commit);
        File.WriteAllText(Path.Combine(commit, "c.csv"), "new c");
        File.WriteAllText(Path.Combine(outDir, "a.csv"), "new a");
        Directory.Delete(Path.Combine(outDir, "text"), recursive: true);
        Directory.CreateDirectory(Path.Combine(outDir, "text"));
        File.WriteAllText(Path.Combine(outDir, "text", "d1.txt"), "new text");
        File.WriteAllText(Path.Combine(commit, "run.json"), RecordOf(
            new OutputEntry("a.csv", 5, Fingerprint.Text("new a")),
            new OutputEntry("c.csv", 5, Fingerprint.Text("new c")),
            new OutputEntry("text/", 8, Fingerprint.Text($"d1.txt\t{Fingerprint.Text("new text")}\n"), 1)));

        using (var next = ResultsTransaction.Begin(outDir, Me, ResultsScope.Whole))
            Assert.Contains(next.Notes, n => n.Contains("interrupted commit", StringComparison.Ordinal));

        Assert.Equal("new c", File.ReadAllText(Path.Combine(outDir, "c.csv")));
        Assert.Equal("new a", File.ReadAllText(Path.Combine(outDir, "a.csv")));
        Assert.False(File.Exists(Path.Combine(outDir, "b.csv")));   // the earlier run's, not the interrupted run's
        Assert.Equal(["a.csv", "c.csv", "text/"], ResultsTransaction.ReadRecordOutputs(Path.Combine(outDir, "run.json"))!.Select(o => o.Path));
        Assert.False(Directory.Exists(commit));
    }

    [Fact]
    public void Earlier_outputs_the_run_did_not_write_are_removed_and_nothing_else()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        Commit(outDir, ResultsScope.Whole, ("a.csv", "a"), ("keyness.csv", "k"), ("edited.csv", "e"), ("charts/k.png", "png"),
            ("charts/t.png", "png"), ("text/d1.txt", "text"));
        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "the researcher's own file");
        File.WriteAllText(Path.Combine(outDir, "charts", "mine.png"), "the researcher's own chart");
        File.WriteAllText(Path.Combine(outDir, "edited.csv"), "changed by hand after the run");
        File.WriteAllText(dir.File("outside.csv"), "outside");
        // A tampered run.json must not reach outside the folder or into GovText's working folder.
        var record = File.ReadAllText(Path.Combine(outDir, "run.json"));
        File.WriteAllText(Path.Combine(outDir, "run.json"), record.Replace("\"outputs\": [",
            $"\"outputs\": [{{\"path\": \"../outside.csv\", \"bytes\": 7, \"sha256\": \"{Fingerprint.Text("outside")}\"}}, " +
            $"{{\"path\": \"{dir.File("outside.csv")}\", \"bytes\": 7, \"sha256\": \"{Fingerprint.Text("outside")}\"}}, " +
            "{\"path\": \".govtext/lock\", \"bytes\": 0, \"sha256\": \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"},"));

        using (var run = ResultsTransaction.Begin(outDir, Me, ResultsScope.Whole))
        {
            File.WriteAllText(Path.Combine(run.StagingDir, "a.csv"), "a2");
            Directory.CreateDirectory(Path.Combine(run.StagingDir, "charts"));
            File.WriteAllText(Path.Combine(run.StagingDir, "charts", "t.png"), "png2");
            run.Commit(Record);
            Assert.Contains(run.Notes, n => n.Contains("kept edited.csv", StringComparison.Ordinal));
        }

        Assert.Equal(["a.csv", "charts", "edited.csv", "notes.txt", "run.json"],
            Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName).Where(n => n != ".govtext").Order(StringComparer.Ordinal));
        Assert.Equal(["mine.png", "t.png"], Directory.EnumerateFiles(Path.Combine(outDir, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(dir.File("outside.csv")));
        Assert.True(File.Exists(Path.Combine(outDir, ".govtext", "lock")));
    }

    [Fact]
    public void A_partial_run_keeps_the_earlier_outputs_outside_its_scope_and_lists_them_again()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var outDir = dir.File("results");
        Commit(outDir, ResultsScope.Whole, ("documents.csv", "d"), ("keyness.csv", "k"), ("text/d1.txt", "text"));

        var outputs = Commit(outDir, ResultsScope.Except("documents.csv", "text/"), ("concept_by_group.csv", "g"));

        Assert.Equal(["concept_by_group.csv", "documents.csv", "text/"], outputs.Select(o => o.Path));
        Assert.False(File.Exists(Path.Combine(outDir, "keyness.csv")));
        Assert.Equal("text", File.ReadAllText(Path.Combine(outDir, "text", "d1.txt")));
        Assert.Equal(outputs, ResultsTransaction.ReadRecordOutputs(Path.Combine(outDir, "run.json")));
        // The record of the run whose outputs were kept stays, under 'earlier', without its outputs and timings.
        var earlier = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "run.json")))!["earlier"]!.AsObject();
        Assert.Equal("test", (string?)earlier["command"]);
        Assert.Null(earlier["outputs"]);
        Assert.Null(earlier["timings"]);
    }

    [Fact]
    public void A_results_folder_inside_the_corpus_or_containing_it_is_refused_through_symbolic_links_and_nothing_is_written()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var corpus = dir.File("corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "source");
        Directory.CreateSymbolicLink(dir.File("link"), corpus);

        foreach (var outDir in new[] { corpus, Path.Combine(corpus, "results"), dir.File("link/results"), dir.Path })
        {
            var refused = Assert.Throws<ConfigurationException>(() => ResultsTransaction.Begin(outDir, Me, ResultsScope.Whole, corpus));
            Assert.Contains("corpus", refused.Message);
        }
        Assert.Equal(["a.txt"], Directory.EnumerateFileSystemEntries(corpus).Select(Path.GetFileName));
        // A folder beside the corpus is fine, however the corpus is named.
        using var beside = ResultsTransaction.Begin(dir.File("results"), Me, ResultsScope.Whole, dir.File("link"));
    }

    private static IReadOnlyList<OutputEntry> Commit(string outDir, ResultsScope scope, params (string Path, string Text)[] files)
    {
        using var run = ResultsTransaction.Begin(outDir, Me, scope);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(run.StagingDir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return run.Commit(Record);
    }

    private static string Record(IReadOnlyList<OutputEntry> outputs, System.Text.Json.Nodes.JsonObject? earlier = null) =>
        new RunRecord("test", new(), new(), new RunTimings(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [])) { Earlier = earlier }.ToJson(outputs);

    private static string RecordOf(params OutputEntry[] outputs) => Record(outputs);

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText), StringComparer.Ordinal);
}
