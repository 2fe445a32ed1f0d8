using System.Text;
using GovText.Tests;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Commands;

public class IngestCommandTests
{
    private static void Write(TempDir dir, string relative, byte[] bytes)
    {
        var path = dir.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void Write(TempDir dir, string relative, string text) => Write(dir, relative, new UTF8Encoding(false).GetBytes(text));

    [Fact]
    public async Task Analyze_runs_on_the_sample_corpus_and_prints_the_summary()
    {
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, output, error) = await Run("analyze", TestEnvironment.SampleCorpus, "--out", outDir.Path);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("Documents read", output);
        Assert.Contains("en 4, mixed 1", output);
        Assert.Contains("documents.csv", output);
        Assert.True(File.Exists(outDir.File("documents.csv")));
        Assert.Equal(5, Directory.GetFiles(outDir.File("text")).Length);
        Assert.Equal("path,error\n", File.ReadAllText(outDir.File("ingest_errors.csv")));
        Assert.False(File.Exists(outDir.File("cleaning_log.csv")));
        // The whole pipeline ran, and the summary plus the concept table fit one screen (50 lines).
        Assert.Contains("concept_counts.csv", output);
        Assert.Contains("charts/ (8 files)", output);
        Assert.Contains("social_governance 社会治理", output);
        Assert.True(output.Split('\n').Length <= 50, $"{output.Split('\n').Length} lines:\n{output}");
    }

    [Fact]
    public async Task Every_bad_input_is_reported_by_name_and_the_rest_of_the_batch_is_processed()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        Write(corpus, "a good paper.txt", "Community governance,as the basis of govern-ance.");
        Write(corpus, "政府 工作报告/报告 2017.txt", "各位代表：现在，我代表国务院，向大会报告政府工作。");
        Write(corpus, "empty.txt", []);
        Write(corpus, "binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);
        Write(corpus, "undecodable.txt", [0x41, 0xFF, 0xFE, 0x80, 0xFF, 0x80]);
        Write(corpus, "fake.docx", "not a zip");
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        Write(corpus, "scan.pdf", builder.Build());
        Write(corpus, "truncated.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"));
        Write(corpus, "table.xlsx", "x");
        using var outRoot = TestEnvironment.CreateTempDir();
        var outDir = outRoot.File("结果 out"); // spaces and Chinese in the output path too

        var (exit, output, error) = await Run("ingest", corpus.Path, "--out", outDir);

        Assert.Equal(1, exit);
        var errors = File.ReadAllLines(Path.Combine(outDir, "ingest_errors.csv"));
        Assert.Equal("path,error", errors[0]);
        Assert.Equal(["binary.txt", "empty.txt", "fake.docx", "scan.pdf", "truncated.pdf", "undecodable.txt"], errors.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Contains("binary.txt,binary file", errors[1]);
        Assert.Contains("empty.txt,empty file (0 bytes)", errors[2]);
        Assert.Contains("fake.docx,not a valid DOCX", errors[3]);
        Assert.Contains("scan.pdf,no text layer: scanned image? run OCR first", errors[4]);
        Assert.Contains("truncated.pdf,cannot read PDF (truncated or damaged?)", errors[5]);
        Assert.Contains("undecodable.txt,\"text is not valid UTF-8", errors[6]);
        foreach (var name in new[] { "binary.txt", "empty.txt", "fake.docx", "scan.pdf", "truncated.pdf", "undecodable.txt" })
            Assert.Contains($"error: {name}: ", error);

        var documents = File.ReadAllLines(Path.Combine(outDir, "documents.csv"));
        Assert.Equal(3, documents.Length);
        Assert.StartsWith("a-good-paper,a good paper.txt,,,,en,utf-8,", documents[1]);
        Assert.StartsWith("报告-2017,政府 工作报告/报告 2017.txt,,,,zh,utf-8,", documents[2]);
        Assert.Equal("Community governance, as the basis of governance.", File.ReadAllText(Path.Combine(outDir, "text/a-good-paper.txt")));
        Assert.Equal("各位代表：现在，我代表国务院，向大会报告政府工作。", File.ReadAllText(Path.Combine(outDir, "text/报告-2017.txt")));
        Assert.Contains("Skipped", output);
        Assert.Contains("table.xlsx", output);
    }

    [Fact]
    public async Task Strict_stops_at_the_first_failure()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        Write(corpus, "a.txt", "First.");
        Write(corpus, "b.txt", []);
        Write(corpus, "c.txt", "Third.");
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, _, error) = await Run("ingest", corpus.Path, "--out", outDir.Path, "--strict", "--quiet");
        Assert.Equal(1, exit);
        Assert.Contains("--strict", error);
        Assert.True(File.Exists(outDir.File("text/a.txt")));
        Assert.False(File.Exists(outDir.File("text/c.txt")));
    }

    [Theory]
    [InlineData("\uFEFFid,path,year\na,a.txt,2021\nb,b.txt,2022\n", 0, null)]
    [InlineData("id,path\na,a.txt\nb,missing.txt\n", 2, ":3: missing file 'missing.txt'")]
    [InlineData("id,path\na,a.txt\na,b.txt\n", 2, ":3: duplicate id 'a'")]
    [InlineData("id,path,year\na,a.txt,2021\nb,b.txt,n/a\n", 2, ":3: year 'n/a' is not a number")]
    [InlineData("id,path,topic:colour\na,a.txt,x\n", 2, ":1: unknown column type 'colour'")]
    public async Task Manifest_problems_exit_2_naming_file_and_line(string manifest, int expectedExit, string? message)
    {
        using var corpus = TestEnvironment.CreateTempDir();
        Write(corpus, "a.txt", "Alpha.");
        Write(corpus, "b.txt", "Beta.");
        Write(corpus, "manifest.csv", manifest);
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, _, error) = await Run("ingest", corpus.Path, "--out", outDir.Path, "-q");
        Assert.Equal(expectedExit, exit);
        if (message is null)
        {
            Assert.Equal("", error);
            Assert.Contains("a,a.txt,,2021,manifest,", File.ReadAllText(outDir.File("documents.csv")));
        }
        else
        {
            Assert.Contains(Path.Combine(corpus.Path, "manifest.csv") + message, error);
            Assert.False(File.Exists(outDir.File("documents.csv")));
        }
    }

    [Fact]
    public async Task Out_inside_the_corpus_is_refused_and_nothing_is_written_there()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        Write(corpus, "a.txt", "Alpha.");
        var (exit, _, error) = await Run("analyze", corpus.Path, "--out", corpus.File("results"));
        Assert.Equal(2, exit);
        Assert.Contains("inside the", error);
        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(corpus.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Out_around_the_corpus_or_through_a_symlink_is_refused_and_the_sources_are_unchanged()
    {
        using var root = TestEnvironment.CreateTempDir();
        Write(root, "X/text/a.txt", "Alpha source.");
        Directory.CreateSymbolicLink(root.File("link"), root.File("X"));
        foreach (var (corpus, outDir) in new[] { ("X/text", "X"), ("link/text", "X/text/results"), ("X/text", "link/text") })
        {
            var (exit, output, error) = await Run("ingest", root.File(corpus), "--out", root.File(outDir));
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Matches("error: --out: (output folder .* is inside the corpus folder|the corpus folder .* is inside the output folder)", error);
            Assert.Equal("Alpha source.", File.ReadAllText(root.File("X/text/a.txt")));
            Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(root.File("X/text")).Select(Path.GetFileName));
        }
    }

    [Fact]
    public async Task Bad_cleaning_options_exit_2()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        Write(corpus, "a.txt", "Alpha.");
        Write(corpus, "rules.txt", "line x nope y");
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, _, error) = await Run("ingest", corpus.Path, "--out", outDir.Path, "--skip-step", "spelling");
        Assert.Equal(2, exit);
        Assert.Contains("unknown step 'spelling'", error);
        (exit, _, error) = await Run("ingest", corpus.Path, "--out", outDir.Path, "--clean-rules", corpus.File("rules.txt"));
        Assert.Equal(2, exit);
        Assert.Contains(corpus.File("rules.txt") + ":1: unknown pattern mode 'nope'", error);
        (exit, _, error) = await Run("ingest", corpus.File("no such folder"), "--out", outDir.Path);
        Assert.Equal(2, exit);
        Assert.Contains("corpus folder not found", error);
        (exit, _, error) = await Run("ingest", corpus.Path, "--out", outDir.Path, "--manifest", corpus.File("nope.csv"));
        Assert.Equal(2, exit);
        Assert.Contains(corpus.File("nope.csv") + ": manifest not found", error);
    }

    [Fact]
    public async Task User_rules_skip_steps_and_explain_cleaning_work_together()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        Write(corpus, "a.txt", "Share this page\nsocial govern-ance,the end. Sponsored by ACME.");
        using var rulesDir = TestEnvironment.CreateTempDir();
        Write(rulesDir, "rules.txt", "line share-page literal Share this page\ninline sponsor regex \\s*Sponsored by \\w+\\.\n");
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, _, _) = await Run("ingest", corpus.Path, "--out", outDir.Path, "-q", "--clean-rules", rulesDir.File("rules.txt"),
            "--skip-step", "spacing", "--explain-cleaning");
        Assert.Equal(0, exit);
        Assert.Equal("social governance,the end.", File.ReadAllText(outDir.File("text/a.txt")));
        var log = File.ReadAllLines(outDir.File("cleaning_log.csv"));
        Assert.Contains("a,boilerplate,share-page,1,Share this page", log);
        Assert.Contains("a,boilerplate,sponsor,2,\" Sponsored by ACME.\"", log);
        Assert.Contains("a,hyphenation,known-word,2,govern-ance → governance", log);
    }

    [Fact]
    public async Task No_clean_keeps_the_text()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        Write(corpus, "a.txt", "Font Size: a A A\nsocial govern-ance,the end.");
        using var outDir = TestEnvironment.CreateTempDir();
        Assert.Equal(0, (await Run("ingest", corpus.Path, "--out", outDir.Path, "-q", "--no-clean")).Code);
        Assert.Equal("Font Size: a A A\n\nsocial govern-ance,the end.", File.ReadAllText(outDir.File("text/a.txt")));
    }

    [Fact]
    public async Task Quiet_prints_nothing_on_success()
    {
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, output, error) = await Run("analyze", TestEnvironment.SampleCorpus, "--out", outDir.Path, "--quiet");
        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("analyze")]
    public async Task Help_shows_an_example_and_the_shared_options(string command)
    {
        var (exit, output, _) = await Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Example", output);
        Assert.Contains($"govtext {command}", output);
        foreach (var option in new[] { "--manifest", "--out", "--quiet", "--clean-rules", "--no-clean", "--skip-step", "--strict", "--explain-cleaning" })
            Assert.Contains(option, output);
    }

    [Fact]
    public async Task Analyze_defaults_to_corpus_and_results_in_the_current_folder()
    {
        using var work = TestEnvironment.CreateTempDir();
        Write(work, "corpus/a.txt", "Alpha.");
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(work.Path);
            Assert.Equal(0, (await Run("analyze", "-q")).Code);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
        Assert.True(File.Exists(work.File("results/documents.csv")));
        Assert.Equal("Alpha.", File.ReadAllText(work.File("results/text/a.txt")));
        // Nothing matched: empty charts are not drawn (a note says so), and the count tables still exist.
        Assert.True(File.Exists(work.File("results/concept_counts.csv")));
        Assert.False(File.Exists(work.File("results/charts/concept_rates_heatmap.png")));
    }
}
