using System.CommandLine;
using GovText.Core.Errors;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Runs;

/// <summary>Core names settings; the CLI spells them as the running command's options (<see cref="SettingNames"/>).</summary>
public class SettingNamesTests
{
    [Fact]
    public void A_setting_error_names_the_option_of_the_command_or_the_config_file_line()
    {
        var ex = ConfigurationException.ForSetting("unit", $"no paragraphs to fit; lower {SettingText.Name("min-df")}");
        var analyze = SettingNames.Of(new Command("analyze"));
        var topics = SettingNames.Of(new Command("topics"));
        var none = new Dictionary<string, string>();

        Assert.Equal("--topic-unit: no paragraphs to fit; lower --min-df", CliApp.Describe(ex, none, analyze));
        Assert.Equal("--unit: no paragraphs to fit; lower --min-df", CliApp.Describe(ex, none, topics));
        // The config-file key is the command's option too.
        Assert.Equal("study.yml:4: topic-unit: no paragraphs to fit; lower --min-df",
            CliApp.Describe(ex, new Dictionary<string, string> { ["topic-unit"] = "study.yml:4" }, analyze));
        Assert.Equal("--unit paragraph", topics.Render(SettingText.Name("unit", "paragraph")));
        Assert.Equal("--topic-unit paragraph", analyze.Render(SettingText.Name("unit", "paragraph")));
    }

    [Fact]
    public async Task A_document_over_the_time_budget_shows_the_option_on_the_terminal_and_the_setting_in_ingest_errors()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        using var outDir = TestEnvironment.CreateTempDir();
        var html = new System.Text.StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++) html.Append("<div>");
        html.Append("deep</body></html>");
        File.WriteAllText(corpus.File("nested.html"), html.ToString());
        File.WriteAllText(corpus.File("good.txt"), "Good text.");

        var (code, _, error) = await Run("ingest", corpus.Path, "--time-budget", "0.2", "--out", outDir.Path, "--quiet");

        Assert.Equal(1, code);
        Assert.Contains("nested.html: reading and cleaning took longer than the time budget of 0.2 s per document", error);
        Assert.Contains("; raise --time-budget to read it anyway", error);
        var row = File.ReadLines(outDir.File("ingest_errors.csv")).Single(l => l.StartsWith("nested.html", StringComparison.Ordinal));
        Assert.Contains("; raise time-budget to read it anyway", row);
        Assert.DoesNotContain("{setting:", error + row);
    }
}
