using System.Text.Json;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Commands;

public class ReportCommandTests
{
    [Fact]
    public async Task Analyze_writes_report_html_that_run_json_lists_and_report_from_rewrites_it_identically()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var results = dir.File("results");
        var (code, _, err) = await Run("analyze", TestEnvironment.SampleCorpus, "--out", results, "-q");
        Assert.True(code == 0, err);

        var report = Path.Combine(results, "report.html");
        var html = await File.ReadAllTextAsync(report);
        Assert.Contains("From run.json, the run record written with the results.", html);
        Assert.Contains("govtext analyze --config run.json", html);
        using (var run = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(results, "run.json"))))
            Assert.Contains(run.RootElement.GetProperty("outputs").EnumerateArray(), o => o.GetProperty("path").GetString() == "report.html");

        var copy = dir.File("again.html");
        (code, var output, err) = await Run("report", "--from", results, "--out", copy);
        Assert.True(code == 0, err);
        Assert.StartsWith("report: " + copy, output);
        // The same sections and rows; only run.json's timings and outputs differ from the report analyze wrote mid-run.
        var again = await File.ReadAllTextAsync(copy);
        Assert.Equal(Section(html, "concepts"), Section(again, "concepts"));
        Assert.Equal(Section(html, "kwic"), Section(again, "kwic"));
    }

    [Fact]
    public async Task Report_from_a_folder_without_results_is_a_usage_error_naming_the_file()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var (code, _, err) = await Run("report", "--from", dir.Path);
        Assert.Equal(2, code);
        Assert.Contains("documents.csv", err);
        Assert.False(File.Exists(dir.File("report.html")));
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, id);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
