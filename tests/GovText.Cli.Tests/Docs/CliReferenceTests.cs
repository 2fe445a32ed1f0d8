using System.CommandLine;
using GovText.Tests;

namespace GovText.Cli.Tests.Docs;

/// <summary>docs/cli.md must describe every command and option the executable actually has.</summary>
public class CliReferenceTests
{
    [Fact]
    public void Every_command_and_option_is_in_the_cli_reference()
    {
        var doc = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "docs", "cli.md"));
        var root = CliApp.Build(CliConsole.ForTests(new StringWriter(), new StringWriter()));
        var missing = new List<string>();
        foreach (var (path, command) in Walk(root, "govtext"))
        {
            if (!doc.Contains("`" + path, StringComparison.Ordinal) && !doc.Contains("## " + command.Name, StringComparison.Ordinal))
                missing.Add("command " + path);
            foreach (var option in command.Options)
            {
                if (option.Name is "--help" or "--version") continue;
                if (!doc.Contains("`" + option.Name, StringComparison.Ordinal)) missing.Add($"{path} {option.Name}");
            }
        }
        Assert.True(missing.Count == 0, "docs/cli.md lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_command_help_shows_an_example()
    {
        var root = CliApp.Build(CliConsole.ForTests(new StringWriter(), new StringWriter()));
        // The lexicon group's help carries the examples of its show/validate/export subcommands.
        var without = root.Subcommands
            .Where(c => c.Description is null || !c.Description.Contains("govtext " + c.Name, StringComparison.Ordinal))
            .Select(c => c.Name)
            .ToList();
        Assert.True(without.Count == 0, "no example in --help: " + string.Join(", ", without));
    }

    private static IEnumerable<(string Path, Command Command)> Walk(Command command, string path)
    {
        foreach (var sub in command.Subcommands)
        {
            var subPath = path + " " + sub.Name;
            yield return (subPath, sub);
            foreach (var nested in Walk(sub, subPath)) yield return nested;
        }
    }
}
