using System.CommandLine;
using System.CommandLine.Completions;
using GovText.Cli.Config;
using GovText.Tests;

namespace GovText.Cli.Tests;

/// <summary>
/// <c>govtext COMMAND ...</c> builds only COMMAND (<see cref="CliApp.Build(CliConsole, IReadOnlyList{string})"/>); these
/// tests run command lines of every command and option on that tree and on the whole one and require the same parse
/// (command, errors, unmatched tokens, every option's value) and, where nothing would run, the same exit code, standard
/// output and standard error (help, usage errors, suggestions, config-file errors).
/// </summary>
public class LazyCommandTreeTests
{
    private static CliConsole Quiet() => CliConsole.ForTests(new StringWriter(), new StringWriter());

    private static readonly RootCommand Whole = CliApp.Build(Quiet());

    public static TheoryData<string> CommandNames() => [.. Whole.Subcommands.Select(c => c.Name)];

    [Fact]
    public void Every_command_can_be_built_alone_and_the_whole_tree_is_used_for_anything_else()
    {
        foreach (var command in Whole.Subcommands)
        {
            var alone = CliApp.Build(Quiet(), [command.Name, "--help"]);
            Assert.Equal(command.Name, Assert.Single(alone.Subcommands).Name);
            Assert.Equal(Whole.Options.Select(o => o.Name), alone.Options.Select(o => o.Name));
        }
        // Help, the version, completion, a directive, a response file and misspelt or differently cased commands get
        // every command (the root's help lists them; suggestions need them).
        foreach (var args in new string[][] { [], ["--help"], ["--version"], ["[suggest]", "an"], ["@args.rsp"], ["analyse"], ["Segment"], ["-q", "count"] })
            Assert.Equal(Whole.Subcommands.Select(c => c.Name), CliApp.Build(Quiet(), args).Subcommands.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task A_command_built_alone_parses_helps_and_fails_exactly_as_in_the_whole_tree(string name)
    {
        using var dir = TestEnvironment.CreateTempDir();
        var lines = CommandLines(Whole.Subcommands.Single(c => c.Name == name), [name], dir).ToList();
        Assert.True(lines.Count > 5);
        foreach (var args in lines)
        {
            var whole = CliApp.Build(Quiet());
            var alone = CliApp.Build(Quiet(), args);
            Assert.Single(alone.Subcommands);
            var expected = Describe(whole.Parse(args));
            var actual = Describe(alone.Parse(args));
            Assert.True(expected == actual, $"govtext {string.Join(' ', args)}\nwhole tree:\n{expected}\nalone:\n{actual}");

            // Run what does not start the command: help, usage errors, config-file errors.
            var parse = whole.Parse(args);
            var help = parse.Action is System.CommandLine.Help.HelpAction;
            var badSwitch = GovText.Cli.Commands.OptionValues.BadSwitchValues(parse, args).Any();
            if (parse.Errors.Count == 0 && !help && !badSwitch && !args.Contains(CommandOptions.ConfigName)) continue;
            var (wholeOut, wholeErr) = (new StringWriter(), new StringWriter());
            var (aloneOut, aloneErr) = (new StringWriter(), new StringWriter());
            var wholeConsole = CliConsole.ForTests(wholeOut, wholeErr);
            var aloneConsole = CliConsole.ForTests(aloneOut, aloneErr);
            var wholeCode = await CliApp.RunAsync(args, wholeConsole, CliApp.Build(wholeConsole));
            var aloneCode = await CliApp.RunAsync(args, aloneConsole, CliApp.Build(aloneConsole, args));
            var line = "govtext " + string.Join(' ', args);
            Assert.True(wholeCode == aloneCode, $"{line}: exit code {wholeCode} (whole tree) vs {aloneCode} (alone)");
            Assert.True(wholeOut.ToString() == aloneOut.ToString(), $"{line}: standard output differs\n{wholeOut}\n---\n{aloneOut}");
            Assert.True(wholeErr.ToString() == aloneErr.ToString(), $"{line}: standard error differs\n{wholeErr}\n---\n{aloneErr}");
            Assert.True(help ? wholeCode == 0 && wholeOut.ToString().Contains("Usage:", StringComparison.Ordinal) : wholeCode == 2, $"{line}: exit code {wholeCode}");
        }
    }

    [Fact]
    public async Task A_command_alone_runs_as_in_the_whole_tree()
    {
        var file = Directory.GetFiles(TestEnvironment.SampleCorpus, "*.txt").Order(StringComparer.Ordinal).First();
        string[] args = ["segment", file, "--format", "json"];
        var (wholeOut, aloneOut) = (new StringWriter(), new StringWriter());
        var wholeConsole = CliConsole.ForTests(wholeOut, new StringWriter());
        var aloneConsole = CliConsole.ForTests(aloneOut, new StringWriter());
        Assert.Equal(0, await CliApp.RunAsync(args, wholeConsole, CliApp.Build(wholeConsole)));
        Assert.Equal(0, await CliApp.RunAsync(args, aloneConsole, CliApp.Build(aloneConsole, args)));
        Assert.StartsWith("[\"", wholeOut.ToString());
        Assert.Equal(wholeOut.ToString(), aloneOut.ToString());
    }

    // The command lines tried on a command: its help and defaults, every option with a valid and an invalid value,
    // misspelt and unknown options, a sibling command's name, a root option, config files with good and bad keys;
    // the same for each subcommand of a group.
    private static IEnumerable<string[]> CommandLines(Command command, string[] path, TempDir dir)
    {
        yield return [.. path];
        yield return [.. path, "--help"];
        yield return [.. path, "-h"];
        yield return [.. path, "--version"];
        yield return [.. path, "--no-such-option", "7"];
        yield return [.. path, "analyze", "count", "x", "y", "z"];
        yield return [.. path, "--", "--help"];
        foreach (var sub in command.Subcommands)
            foreach (var line in CommandLines(sub, [.. path, sub.Name], dir))
                yield return line;
        foreach (var option in command.Options)
        {
            if (option.Name is "--help" or "--version") continue;
            yield return [.. path, option.Name];
            yield return [.. path, option.Name[..^1]];      // misspelt: a suggestion
            yield return [.. path, option.Name + "=x"];     // a switch's bad value too
            yield return [.. path, option.Name, "1,5"];     // a number in a culture's spelling
            yield return [.. path, option.Name, "3", option.Name, "-1"];
            foreach (var value in option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).Take(2))
                yield return [.. path, option.Name, value, "--help"];
        }
        if (command.Action is null) yield break;
        var keys = CommandOptions.Keys(command);
        var config = Path.Combine(dir.Path, string.Join('-', path) + ".yml");
        File.WriteAllText(config, "no-such-key: 1\n");
        yield return [.. path, "--config", config];
        yield return [.. path, "--config", Path.Combine(dir.Path, "missing.yml")];
        foreach (var (key, _) in keys)
        {
            var bad = Path.Combine(dir.Path, $"{string.Join('-', path)}-{key}.yml");
            File.WriteAllText(bad, $"{key}: [1, 2]\nno-such-key: 1\n");
            yield return [.. path, "--config", bad];
        }
    }

    // What a parse decided, as text: the command, its errors and unmatched tokens, and every option's value.
    private static string Describe(ParseResult parse) =>
        string.Join('\n',
            "command: " + CommandOptions.PathOf(parse),
            "errors: " + string.Join(" | ", parse.Errors.Select(e => e.Message)),
            "unmatched: " + string.Join(' ', parse.UnmatchedTokens),
            "action: " + parse.Action?.GetType().Name,
            "options: " + (parse.Errors.Count == 0 && parse.Action == parse.CommandResult.Command.Action ? CommandOptions.Resolved(parse).ToJsonString() : ""));
}
