using System.CommandLine;
using System.Globalization;
using GovText.Core.Text;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Commands;

/// <summary>
/// Option values that do not parse: a usage error (exit 2) that names the option, the value and what is expected, never
/// a .NET type name; numbers read alike in every culture.
/// </summary>
public class OptionValueMessageTests
{
    private const string Hint = "Run 'govtext --help' (or 'govtext COMMAND --help') for usage.";

    [Theory]
    // int? without a default: a typical value as the example.
    [InlineData(new[] { "count", "corpus", "--jobs", "abc" }, "--jobs: 'abc' is not a whole number (expected, e.g., --jobs 4)")]
    [InlineData(new[] { "kwic", "--window", "1.5", "--term", "治理" }, "--window: '1.5' is not a whole number (expected, e.g., --window 4)")]
    [InlineData(new[] { "segment", "-j", "99999999999" }, "--jobs: '99999999999' is out of range (expected, e.g., --jobs 4)")]
    // int with a default: the default as the example.
    [InlineData(new[] { "keywords", "out", "--top", "x" }, "--top: 'x' is not a whole number (expected, e.g., --top 20)")]
    [InlineData(new[] { "compare", "--from", "out", "--dpi", "high" }, "--dpi: 'high' is not a whole number (expected, e.g., --dpi 96)")]
    // double and double?.
    [InlineData(new[] { "topics", "--topics", "3", "--max-df", "half" }, "--max-df: 'half' is not a number (expected, e.g., --max-df 0.5)")]
    [InlineData(new[] { "topics", "--topics", "3", "--max-df", "0,5" }, "--max-df: '0,5' is not a number (write the decimal point as '.', e.g., --max-df 0.5)")]
    [InlineData(new[] { "clusters", "--clusters", "3", "--alpha", "1e999" }, "--alpha: '1e999' is not a finite number (expected, e.g., --alpha 0.1)")]
    [InlineData(new[] { "count", "--time-budget", "soon" }, "--time-budget: 'soon' is not a number (expected, e.g., --time-budget 1.5)")]
    // Choices: the allowed values, and the closest when the value looks like a typo.
    [InlineData(new[] { "segment", "--mode", "acurate" }, "--mode: 'acurate' is not one of accurate, search, full (did you mean 'accurate'?)")]
    [InlineData(new[] { "count", "--table-format", "xml" }, "--table-format: 'xml' is not one of csv, parquet")]
    [InlineData(new[] { "plot", "--from", "out", "--network-unit", "sentense" }, "--network-unit: 'sentense' is not one of sentence, paragraph, document (did you mean 'sentence'?)")]
    [InlineData(new[] { "topics", "--topics", "3", "--language", "fr" }, "--language: unknown language 'fr' (use zh or en)")]
    // A file name that is no file name (an unset shell variable).
    [InlineData(new[] { "lexicon", "validate", "--lexicon", "" }, "--lexicon: '' is not a file name")]
    public async Task A_value_that_does_not_parse_names_the_option_the_value_and_what_is_expected(string[] args, string message)
    {
        var (code, output, error) = await Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"error: {message}{Environment.NewLine}{Hint}{Environment.NewLine}", error);
    }

    [Fact]
    public async Task A_switch_given_a_value_that_is_not_true_or_false_is_an_error_not_an_argument()
    {
        // System.CommandLine hands 'maybe' to init's FILE argument: the command wrote a file named 'maybe' and exited 0.
        using var dir = TestEnvironment.CreateTempDir();
        var (code, output, error) = await Run("init", "--force=maybe", dir.File("study.yml"));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"error: --force: 'maybe' is not true or false (expected --force alone, or --force=false){Environment.NewLine}{Hint}{Environment.NewLine}", error);
        Assert.False(File.Exists(dir.File("study.yml")));

        // The short name, ':' for '=', and a value after the command's argument, which System.CommandLine reports as unmatched.
        (code, _, error) = await Run("count", "corpus", "-q:yes");
        Assert.Equal(2, code);
        Assert.StartsWith("error: --quiet: 'yes' is not true or false (expected --quiet alone, or --quiet=false)", error);

        // true and false are values of a switch; after '--' a token is an argument.
        using var outDir = TestEnvironment.CreateTempDir();
        (code, _, error) = await Run("init", "--force=true", dir.File("a.yml"), "-q");
        Assert.True(code == 0, error);
        (code, _, error) = await Run("init", "--force=False", dir.File("a.yml"), "-q");
        Assert.Equal(2, code);
        Assert.Contains("exists", error);
        (code, _, error) = await Run("lexicon", "export", "-q", "--out", dir.File("b.yml"), "--", "--quiet=x");
        Assert.Equal(2, code);
        Assert.DoesNotContain("true or false", error);
    }

    [Fact]
    public async Task A_bad_value_from_a_config_file_names_the_file_line_and_key()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var config = dir.File("study.yml");
        File.WriteAllText(config, "unit: paragraph\nmax-df: half\ntable-format: xml\n");

        var (code, output, error) = await Run("topics", "--topics", "3", "--config", config, "--out", dir.File("results"));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        // Each error on a line of its own (in System.CommandLine's order: choices are checked before numbers are read).
        var lines = error.Split(Environment.NewLine);
        Assert.Equal(4, lines.Length);
        Assert.Contains($"error: {config}:2: max-df: 'half' is not a number (expected, e.g., --max-df 0.5)", lines);
        Assert.Contains($"error: {config}:3: table-format: 'xml' is not one of csv, parquet", lines);
        Assert.Equal([Hint, ""], lines[2..]);
        Assert.False(Directory.Exists(dir.File("results")));

        // The same value on the command line is the option's.
        (code, _, error) = await Run("topics", "--topics", "3", "--config", config, "--max-df", "half", "--table-format", "csv");
        Assert.Equal(2, code);
        Assert.StartsWith("error: --max-df: 'half' is not a number", error);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public void Numbers_are_read_alike_in_every_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var root = CliApp.Build(CliConsole.ForTests(new StringWriter(), new StringWriter()));
            var topics = root.Subcommands.Single(c => c.Name == "topics");
            var maxDf = (Option<double>)topics.Options.Single(o => o.Name == "--max-df");
            var minDf = (Option<int>)topics.Options.Single(o => o.Name == "--min-df");

            var parse = root.Parse(["topics", "--topics", "3", "--max-df", "0.25", "--min-df", "-2"]);
            Assert.Empty(parse.Errors);
            Assert.Equal(0.25, parse.GetValue(maxDf));
            Assert.Equal(-2, parse.GetValue(minDf));
            // German '0,25' (and English '1,000') would be read differently on other machines: refused everywhere.
            Assert.Contains(root.Parse(["topics", "--topics", "3", "--max-df", "0,25"]).Errors, e => e.Message.StartsWith("--max-df: '0,25' is not a number", StringComparison.Ordinal));
            Assert.Contains(root.Parse(["topics", "--topics", "3", "--min-df", "1,000"]).Errors, e => e.Message.StartsWith("--min-df: '1,000' is not a whole number", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    /// <summary>
    /// Every option of every command that is not a free string (numbers, switches, files, languages, choices), given
    /// values it cannot take: exit 2, nothing on standard output, a message naming the option and the value, and no
    /// .NET type name or stack trace. A new option type fails here until it has bad values below and a parser in
    /// OptionValues.
    /// </summary>
    [Fact]
    public async Task Every_typed_option_of_every_command_refuses_a_bad_value_by_name()
    {
        var root = CliApp.Build(CliConsole.ForTests(new StringWriter(), new StringWriter()));
        var tried = 0;
        foreach (var (path, command) in Commands(root, []))
        {
            foreach (var argument in command.Arguments)
                Assert.True(argument.ValueType == typeof(string) || argument.ValueType == typeof(string[]),
                    $"govtext {string.Join(' ', path)} <{argument.Name}> is a {argument.ValueType}: give it a parser and bad values here");
            foreach (var option in command.Options)
            {
                if (option.Name is "--help" or "--version") continue;
                foreach (var (args, value) in BadValues(option))
                {
                    string[] line = [.. path, .. args];
                    var (code, output, error) = await Run(line);
                    var shown = "govtext " + string.Join(' ', line);
                    Assert.True(code == 2, $"{shown}: exit {code}\n{error}");
                    Assert.True(output == "", $"{shown}: standard output\n{output}");
                    Assert.True(error.Contains($"error: {option.Name}: ", StringComparison.Ordinal) && error.Contains($"'{value}'", StringComparison.Ordinal),
                        $"{shown}: the message does not name the option and the value\n{error}");
                    Assert.False(error.Contains("System.", StringComparison.Ordinal), $"{shown}: a .NET type name\n{error}");
                    Assert.False(error.Contains("   at ", StringComparison.Ordinal), $"{shown}: a stack trace\n{error}");
                    tried++;
                }
            }
        }
        // 15 commands, the lexicon group's 3 subcommands, most with several typed options: a few hundred lines.
        Assert.True(tried > 200, $"only {tried} command lines tried");
    }

    // Command lines (after the command's path) that give the option a value it cannot take, and that value.
    private static IEnumerable<(string[] Args, string Value)> BadValues(Option option)
    {
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        var choices = option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Any();
        string[] values = type switch
        {
            _ when type == typeof(int) => ["abc", "1.5", "99999999999", ""],
            _ when type == typeof(double) => ["abc", "0,5", "1e999", "NaN", ""],
            _ when type == typeof(FileInfo) => [""],
            _ when type == typeof(Language) => ["xx"],
            _ when type == typeof(string) && choices => ["no-such-choice"],
            _ when type == typeof(string) || type == typeof(string[]) => [],
            _ when type == typeof(bool) => [],
            _ => throw new Xunit.Sdk.XunitException($"{option.Name} is a {option.ValueType}: add bad values for it here and a parser in OptionValues"),
        };
        foreach (var value in values) yield return ([option.Name, value], value);
        // A switch takes its value only attached to it.
        if (type == typeof(bool))
        {
            yield return ([option.Name + "=maybe"], "maybe");
            foreach (var alias in option.Aliases) yield return ([alias + ":1"], "1");
        }
    }

    private static IEnumerable<(string[] Path, Command Command)> Commands(Command command, string[] path)
    {
        foreach (var sub in command.Subcommands)
        {
            string[] subPath = [.. path, sub.Name];
            if (sub.Action is not null) yield return (subPath, sub);
            foreach (var nested in Commands(sub, subPath)) yield return nested;
        }
    }
}
