using System.Text;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Commands;

/// <summary>Exit codes, messages and terminal safety for bad input and usage, one test per class.</summary>
public class HardeningCommandTests
{
    [Fact]
    public async Task Misspelt_commands_and_options_get_did_you_mean_and_exit_2()
    {
        var (exit, output, error) = await Run("analyse", "corpus");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("Did you mean 'analyze' (not 'analyse')?", error);

        (exit, _, error) = await Run("ingest", "corpus", "--ouput", "x");
        Assert.Equal(2, exit);
        Assert.Contains("Did you mean '--out' (not '--ouput')?", error);
    }

    [Fact]
    public async Task An_option_without_its_value_or_with_a_malformed_one_is_a_usage_error_not_a_crash()
    {
        // Each of these once threw from a validator or the config-file merge (an unhandled exception, exit 134).
        (string[] Args, string Error)[] lines =
        [
            (["segment", "--jobs"], "Required argument missing for option: '--jobs'."),
            (["segment", "--jobs", "x"], "--jobs: 'x' is not a whole number (expected, e.g., --jobs 4)"),
            (["segment", "--jobs", "1", "--jobs", "2"], "Option '--jobs' expects a single argument but 2 were provided."),
            (["segment", "--pos", "--mode"], "Required argument missing for option: '--mode'."),
            (["keywords", "--method"], "Required argument missing for option: '--method'."),
            (["count", "--config"], "Required argument missing for option: '--config'."),
        ];
        foreach (var (args, message) in lines)
        {
            var (exit, output, error) = await Run(args);
            Assert.True(exit == 2, $"{string.Join(' ', args)}: exit {exit}\n{error}");
            Assert.Equal("", output);
            Assert.StartsWith("error: " + message, error);
        }
        // Help for plot, whose --from is required, once threw while looking for the keyness recorded in --from.
        var (code, help, _) = await Run("plot", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Usage:", help);
        Assert.Contains("--from", help);
    }

    [Fact]
    public async Task Quiet_is_accepted_and_quiet_by_every_command_that_prints_a_status_line()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var lexicon = dir.File("my-lexicon.yml");
        var (exit, output, error) = await Run("lexicon", "export", "--out", lexicon, "-q");
        Assert.True(exit == 0, error);
        Assert.Equal("", output + error);
        Assert.True(File.Exists(lexicon));
        (exit, output, error) = await Run("lexicon", "validate", "--lexicon", lexicon, "-q");
        Assert.True(exit == 0, error);
        Assert.Equal("", output + error);
        (exit, output, error) = await Run("init", dir.File("study.yml"), "-q");
        Assert.True(exit == 0, error);
        Assert.Equal("", output + error);
        // Without -q each says what it did.
        (exit, output, _) = await Run("lexicon", "validate", "--lexicon", lexicon);
        Assert.Equal(0, exit);
        Assert.Contains("valid govtext lexicon", output);
    }

    [Fact]
    public async Task File_names_with_control_characters_are_escaped_on_the_terminal()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        using var outDir = TestEnvironment.CreateTempDir();
        File.WriteAllBytes(corpus.File("clear\u001b[2J.txt"), []);
        var (exit, _, error) = await Run("ingest", corpus.Path, "--out", outDir.Path, "-q");
        Assert.Equal(1, exit);
        Assert.DoesNotContain('\u001b', error);
        Assert.Contains("clear\\u001b[2J.txt: empty file", error);
    }

    [Fact]
    public async Task Out_under_a_file_is_exit_2_with_a_clear_message()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        File.WriteAllText(corpus.File("a.txt"), "Alpha.");
        using var other = TestEnvironment.CreateTempDir();
        File.WriteAllText(other.File("notes.txt"), "x");
        var (exit, _, error) = await Run("ingest", corpus.Path, "--out", other.File("notes.txt/sub"));
        Assert.Equal(2, exit);
        Assert.Contains("is a file, so no folder can be made under it", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_by_column_that_will_not_exist_is_refused_before_the_corpus_is_read()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        File.WriteAllText(corpus.File("a.txt"), "Social governance.");
        File.WriteAllText(corpus.File("manifest.csv"), "id,path,region\na,a.txt,north\n");
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, _, error) = await Run("compare", corpus.Path, "--out", outDir.Path, "--by", "regoin", "-q");
        Assert.Equal(2, exit);
        Assert.Contains("'regoin': documents.csv has no such column", error);
        Assert.False(File.Exists(outDir.File("documents.csv")));
        Assert.False(File.Exists(outDir.File("concept_counts.csv")));
    }

    [Theory]
    [InlineData("--dpi", "0", "--dpi")]
    [InlineData("--font", "missing.ttf", "missing.ttf")]
    public async Task Bad_chart_options_are_refused_before_the_corpus_is_read(string option, string value, string named)
    {
        using var corpus = TestEnvironment.CreateTempDir();
        File.WriteAllText(corpus.File("a.txt"), "Social governance.");
        using var outDir = TestEnvironment.CreateTempDir();
        var (exit, _, error) = await Run("compare", corpus.Path, "--out", outDir.Path, "--by", "year", option, value, "-q");
        Assert.Equal(2, exit);
        Assert.Contains(named, error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(File.Exists(outDir.File("documents.csv")));
    }

    [Fact]
    public async Task Segment_refuses_binary_and_invalid_utf8_input_by_name()
    {
        using var dir = TestEnvironment.CreateTempDir();
        File.WriteAllBytes(dir.File("image.txt"), [0x00, 0x00, 0x01, 0x47, 0x0D, 0x0A]);
        File.WriteAllBytes(dir.File("gbk.txt"), [.. Encoding.UTF8.GetBytes("治理\n"), 0xD6, 0xCE, 0xC0, 0xED, 0x0A]);
        var (exit, _, error) = await Run("segment", dir.File("image.txt"));
        Assert.Equal(1, exit);
        Assert.Contains("binary data (a NUL character", error);
        (exit, var output, error) = await Run("segment", dir.File("gbk.txt"));
        Assert.Equal(1, exit);
        Assert.Contains("not UTF-8 text", error);
        Assert.DoesNotContain('\uFFFD', output);
        if (File.Exists("/dev/zero"))
        {
            (exit, _, error) = await Run("segment", "/dev/zero");
            Assert.Equal(1, exit);
            Assert.Contains("/dev/zero: binary data", error);
            Assert.DoesNotContain("internal error", error);
        }
    }
}

public class CompareFromCrlfTests
{
    [Fact]
    public async Task Compare_from_reads_tables_resaved_with_crlf_line_ends_exactly_as_the_originals()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        File.WriteAllText(corpus.File("a.txt"), "Social governance and community governance.\n\nGrassroots governance, social governance.");
        File.WriteAllText(corpus.File("b.txt"), "Social management of the community.\n\nSocial governance.");
        File.WriteAllText(corpus.File("manifest.csv"), "id,path,year\na,a.txt,2020\nb,b.txt,2010\n");
        using var lf = TestEnvironment.CreateTempDir();
        var (exit, _, error) = await Run("count", corpus.Path, "--out", lf.Path, "--word-frequencies", "-q");
        Assert.True(exit == 0, error);

        using var crlf = TestEnvironment.CreateTempDir();
        foreach (var file in Directory.GetFiles(lf.Path, "*.csv"))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("\r\n", text);
            File.WriteAllText(Path.Combine(crlf.Path, Path.GetFileName(file)), text.Replace("\n", "\r\n"));
        }
        using var fromLf = TestEnvironment.CreateTempDir();
        using var fromCrlf = TestEnvironment.CreateTempDir();
        (exit, _, error) = await Run("compare", "--from", lf.Path, "--by", "year", "--target", "year=2020", "--no-charts", "--out", fromLf.Path, "-q");
        Assert.True(exit == 0, error);
        (exit, _, error) = await Run("compare", "--from", crlf.Path, "--by", "year", "--target", "year=2020", "--no-charts", "--out", fromCrlf.Path, "-q");
        Assert.True(exit == 0, error);
        foreach (var name in new[] { "concept_by_group.csv", "keyness.csv" })
        {
            var expected = File.ReadAllText(Path.Combine(fromLf.Path, name));
            if (name == "concept_by_group.csv") Assert.Contains("2020", expected);
            Assert.Equal(expected, File.ReadAllText(Path.Combine(fromCrlf.Path, name)));
        }
    }
}
