using GovText.Cli.Tests.Runs;
using GovText.Core.Results;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Commands;

/// <summary><c>--table-format parquet</c> through the command line: what is written, recorded, read back and merged.</summary>
public class TableFormatCommandTests
{
    private static readonly string[] Large = ["concept_counts", "concept_matches", "word_frequencies"];

    private static async Task Ok(params string[] args)
    {
        var (code, _, error) = await Run(args);
        Assert.True(code == 0, $"govtext {string.Join(' ', args)}: exit {code}\n{error}");
    }

    [Fact]
    public async Task Count_writes_the_large_tables_as_parquet_records_the_format_and_compare_from_reads_them()
    {
        using var dir = TestEnvironment.CreateTempDir();
        await Ok("count", TestEnvironment.SampleCorpus, "--out", dir.File("csv"), "--word-frequencies", "-q");
        await Ok("count", TestEnvironment.SampleCorpus, "--out", dir.File("parquet"), "--table-format", "parquet", "--word-frequencies", "-q");

        var files = RunFolder.Files(dir.File("parquet")).Keys.Where(k => !k.Contains('/')).ToList();
        Assert.Equal(["concept_counts.parquet", "concept_matches.parquet", "documents.csv", "ingest_errors.csv", "run.json", "word_frequencies.parquet"], files);
        var record = RunFolder.Record(dir.File("parquet"));
        Assert.Equal("parquet", (string?)record["options"]!["table-format"]);
        Assert.Equal("csv", (string?)RunFolder.Record(dir.File("csv"))["options"]!["table-format"]);
        var outputs = record["outputs"]!.AsArray().Select(o => (string)o!["path"]!).ToList();
        foreach (var table in Large) Assert.Contains(table + ".parquet", outputs);

        // compare --from: the same comparison tables from either folder, and the count tables it read are kept.
        string[] compare = ["--by", "year", "--target", "year=2020..2025", "--min-count", "1", "--no-charts", "-q"];
        await Ok(["compare", "--from", dir.File("csv"), .. compare]);
        await Ok(["compare", "--from", dir.File("parquet"), .. compare]);
        var fromCsv = RunFolder.Files(dir.File("csv"));
        var fromParquet = RunFolder.Files(dir.File("parquet"));
        foreach (var name in new[] { "concept_by_group.csv", "keyness.csv", "keyness_words.csv", "cooccurrence.csv" })
            Assert.True(fromCsv[name].AsSpan().SequenceEqual(fromParquet[name]), name + " differs");
        foreach (var table in Large) Assert.True(fromParquet.ContainsKey(table + ".parquet"), table + ".parquet was not kept");
        Assert.Equal(
            ResultTables.ConceptMatches.ReadIn(dir.File("csv")).ToList(),
            ResultTables.ConceptMatches.ReadIn(dir.File("parquet")).ToList());
    }

    [Fact]
    public async Task Analyze_with_parquet_tables_writes_its_report_from_them()
    {
        using var dir = TestEnvironment.CreateTempDir();
        await Ok("analyze", TestEnvironment.SampleCorpus, "--out", dir.File("out"), "--table-format", "parquet", "--no-charts", "-q");
        var files = RunFolder.Files(dir.File("out"));
        foreach (var table in Large) Assert.True(files.ContainsKey(table + ".parquet"), table);
        Assert.DoesNotContain("concept_matches.csv", files.Keys);
        // The report's concordance lines come from concept_matches: the first hit's text is on the page.
        var report = System.Text.Encoding.UTF8.GetString(files["report.html"]);
        var first = ResultTables.ConceptMatches.ReadIn(dir.File("out")).First();
        Assert.Contains(first.MatchedText, report);
    }

    [Fact]
    public async Task An_unknown_format_is_bad_usage()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var (code, _, error) = await Run("count", TestEnvironment.SampleCorpus, "--out", dir.File("out"), "--table-format", "xlsx");
        Assert.Equal(2, code);
        Assert.Contains("xlsx", error);
        Assert.False(Directory.Exists(dir.File("out")) && Directory.EnumerateFiles(dir.File("out")).Any());
    }

    [Fact]
    public async Task Parquet_shards_merge_into_the_unsharded_parquet_run_byte_for_byte()
    {
        using var dir = TestEnvironment.CreateTempDir();
        await Ok("count", TestEnvironment.SampleCorpus, "--out", dir.File("whole"), "--table-format", "parquet", "--word-frequencies", "-q");
        for (var i = 1; i <= 3; i++)
            await Ok("count", TestEnvironment.SampleCorpus, "--out", dir.File($"shards/part-{i}"), "--table-format", "parquet", "--word-frequencies", "--shard", $"{i}/3", "-q");

        await Ok("merge", dir.File("shards/part-*"), "--out", dir.File("merged"), "-q");

        var whole = RunFolder.Files(dir.File("whole"));
        var merged = RunFolder.Files(dir.File("merged"));
        whole.Remove("run.json");
        merged.Remove("run.json");
        Assert.Equal(3, merged.Keys.Count(k => k.EndsWith(".parquet", StringComparison.Ordinal)));
        var differences = RunFolder.Differences(whole, merged);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
