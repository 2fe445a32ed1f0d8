using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovText.Cli.Config;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Runs;

/// <summary><c>--config FILE</c> (YAML or a run.json) and <c>govtext init</c>.</summary>
public class ConfigFileTests
{
    [Fact]
    public async Task The_file_sets_options_relative_to_itself_and_the_command_line_overrides_it()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Assert.Equal(0, (await Run("count", TestEnvironment.SampleCorpus, "--out", dir.File("counted"), "--word-frequencies", "--quiet")).Code);
        Directory.CreateDirectory(dir.File("study"));
        var config = dir.File("study/study.yml");
        File.WriteAllText(config, """
            # a comment
            from: ../counted          # relative to this file
            by: language
            target: year=2020..2025
            min_count: 3              # '_' for '-'
            no-charts: true
            keyness-top:              # empty: the default
            """);

        var (code, output, error) = await Run("compare", "--config", config, "--by", "year", "--quiet");

        Assert.True(code == 0, error);
        Assert.Equal("", output);                                      // --quiet prints nothing
        Assert.True(File.Exists(dir.File("counted/keyness.csv")));     // target from the file (count alone writes no keyness)
        Assert.False(Directory.Exists(dir.File("counted/charts")));  // no-charts from the file
        var groups = File.ReadLines(dir.File("counted/concept_by_group.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        Assert.Contains("2017", groups);                              // --by year on the command line won over 'by: language'
        var options = RunFolder.Record(dir.File("counted"))["options"]!.AsObject();
        Assert.Equal("year", (string?)options["by"]);
        Assert.Equal("year=2020..2025", (string?)options["target"]);
        Assert.Equal(3, (int)options["min-count"]!);
        Assert.Equal(10, (int)options["keyness-top"]!);
        Assert.True((bool)options["no-charts"]!);
        Assert.Equal(dir.File("counted"), (string?)options["from"]);
    }

    [Fact]
    public async Task A_bad_value_is_named_where_it_was_set_the_file_line_or_the_option()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var config = dir.File("study.yml");
        File.WriteAllText(config, "by: year\ndpi: 5\n");

        var (code, output, error) = await Run("analyze", TestEnvironment.SampleCorpus, "--config", config, "--out", dir.File("results"));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"error: {config}:2: dpi: a chart's resolution must be between 50 and 1200 dpi (got 5)", error);

        (code, _, error) = await Run("analyze", TestEnvironment.SampleCorpus, "--config", config, "--dpi", "7", "--out", dir.File("results"));
        Assert.Equal(2, code);
        Assert.Contains("error: --dpi: a chart's resolution must be between 50 and 1200 dpi (got 7)", error);
        Assert.False(Directory.Exists(dir.File("results")));
    }

    [Theory]
    [InlineData("by: year\ntraget: year=2020..2025\n", 2, "unknown key 'traget' for 'govtext analyze' (did you mean 'target'?)")]
    [InlineData("dpi: high\n", 1, "'dpi' is a whole number, not 'high'")]
    [InlineData("by: year\n\nno-charts: yes\n", 3, "'no-charts' is true or false, not 'yes'")]
    [InlineData("by: [year, source]\n", 1, "'by' takes one value, not a list")]
    [InlineData("by:\n  column: year\n", 1, "'by' takes a value, not a mapping")]
    [InlineData("by: year\ntarget: [year=2020\n", 3, "")]
    [InlineData("config: other.yml\n", 1, "unknown key 'config'")]
    public async Task Unknown_keys_and_malformed_values_are_errors_with_file_and_line(string yaml, int line, string message)
    {
        using var dir = TestEnvironment.CreateTempDir();
        var config = dir.File("study.yml");
        File.WriteAllText(config, yaml);

        var (code, output, error) = await Run("analyze", TestEnvironment.SampleCorpus, "--config", config, "--out", dir.File("results"));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {config}:{line}: {message}", error);
        Assert.False(Directory.Exists(dir.File("results")));
    }

    [Fact]
    public async Task A_missing_config_file_is_a_usage_error()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var (code, _, error) = await Run("ingest", "--config", dir.File("nope.yml"));
        Assert.Equal(2, code);
        Assert.Contains("config file not found", error);
    }

    [Fact]
    public async Task Init_writes_a_starter_that_sets_every_option_to_its_default_and_whose_every_key_analyze_accepts()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var config = dir.File("study.yml");
        var (code, output, _) = await Run("init", config);
        Assert.Equal(0, code);
        Assert.Equal(config, output.Trim());
        Assert.Equal(2, (await Run("init", config)).Code);           // kept without --force
        Assert.Equal(0, (await Run("init", config, "--force")).Code);

        var root = CliApp.Build(CliConsole.ForTests(new StringWriter(), new StringWriter()));
        var analyze = root.Subcommands.Single(c => c.Name == "analyze");
        var text = File.ReadAllText(config);
        var keys = CommandOptions.Keys(analyze).Select(k => k.Key).ToList();
        foreach (var key in keys) Assert.Matches(new Regex($"^(# )?{Regex.Escape(key)}:", RegexOptions.Multiline), text);

        // As written: the defaults (relative paths are relative to the file's folder).
        var defaults = Resolved(root, ["analyze", dir.File("corpus"), "--out", dir.File("results")]);
        Assert.Equal(defaults, Resolved(root, ConfigFile.Merge(root, ["analyze", "--config", config])));
        // Every commented-out key can be switched on as it stands.
        File.WriteAllText(config, Regex.Replace(text, @"^# ([a-z-]+):", "$1:", RegexOptions.Multiline));
        Assert.Equal(defaults, Resolved(root, ConfigFile.Merge(root, ["analyze", "--config", config])));
    }

    [Fact]
    public async Task Rerunning_a_study_from_its_run_json_gives_identical_outputs()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var first = dir.File("first");
        var second = dir.File("second");
        Assert.Equal(0, (await Run("analyze", TestEnvironment.SampleCorpus, "--out", first, "--by", "year", "--target", "year=2020..2025",
            "--skip-step", "spacing", "--min-count", "3", "--no-charts", "--quiet")).Code);

        var firstFiles = RunFolder.Files(first);
        // A later compare --from (here: the same comparison again) puts its own record on top, analyze's under 'earlier'.
        Assert.Equal(0, (await Run("compare", "--from", first, "--by", "year", "--target", "year=2020..2025", "--min-count", "3", "--no-charts", "--quiet")).Code);
        Assert.Equal("analyze", (string?)RunFolder.Record(first)["earlier"]!["command"]);

        var (code, _, error) = await Run("analyze", "--config", Path.Combine(first, "run.json"), "--out", second);

        Assert.True(code == 0, error);
        Assert.Equal(["report.html", "run.json"], RunFolder.Differences(firstFiles, RunFolder.Files(second)));
        // compare --from replaced the comparisons, so analyze's report.html, which described the earlier ones, went with them.
        Assert.Equal(["report.html", "run.json"], RunFolder.Differences(RunFolder.Files(first), RunFolder.Files(second)));
        Assert.False(File.Exists(Path.Combine(first, "report.html")));
        // The report names its own folder (title and the --out option); with that name swapped it is the same page.
        Assert.Equal(System.Text.Encoding.UTF8.GetString(firstFiles["report.html"]),
            File.ReadAllText(Path.Combine(second, "report.html")).Replace(second, first, StringComparison.Ordinal)
                .Replace("GovText report: second", "GovText report: first", StringComparison.Ordinal));
        var a = RunFolder.Record(first)["earlier"]!.AsObject().DeepClone().AsObject();
        var b = RunFolder.Record(second);
        Assert.Equal(second, (string?)b["options"]!["out"]);
        b.Remove("outputs");
        a.Remove("format");
        b.Remove("format");
        foreach (var record in new[] { a, b })
        {
            record.Remove("timings");
            record["options"]!.AsObject().Remove("out");
            record["options"]!.AsObject().Remove("quiet");
        }
        Assert.Equal(a.ToJsonString(), b.ToJsonString());
    }

    private static string Resolved(System.CommandLine.RootCommand root, string[] args) =>
        CommandOptions.Resolved(root.Parse(args)).ToJsonString();
}
