using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using GovText.Cli.Config;
using GovText.Core.Errors;
using GovText.Core.Output;

namespace GovText.Cli.Commands;

/// <summary><c>govtext init</c>: writes a commented starter config file for <c>govtext analyze --config</c>.</summary>
internal static partial class InitCommand
{
    public static Command Create(CliConsole console, Func<Command> analyze)
    {
        var file = new Argument<string>("file")
        {
            Description = "The config file to write.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "study.yml",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("init",
            "Write a commented starter config file (default study.yml) with every option of 'govtext analyze' at its default;\n" +
            "edit it, then run the study with: govtext analyze --config study.yml\n\n" +
            "Example:\n  govtext init my-study.yml");
        var quiet = LexiconCommand.QuietOption();
        command.Arguments.Add(file);
        command.Options.Add(force);
        command.Options.Add(quiet);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (File.Exists(path) && !parse.GetValue(force))
                throw new ConfigurationException($"{path} exists; use --force to overwrite it, or give another file name");
            AtomicFile.WriteAllText(path, Starter(analyze(), Path.GetFileName(path)));
            if (!parse.GetValue(quiet)) console.Output.WriteLine(path);
            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>The starter file: every key of the command with its description; keys with a default are set to it.</summary>
    public static string Starter(Command command, string fileName)
    {
        var text = new StringBuilder();
        text.Append($"""
            # A GovText study. Run it with:
            #   govtext {command.Name} --config {fileName}
            # Keys are the options of 'govtext {command.Name}' without '--' (see govtext {command.Name} --help). Options given on
            # the command line override this file. Relative paths are relative to this file's folder.
            # Set values are the defaults; remove the '#' before a key to set an option that has none.
            # Each results folder gets a run.json, which reruns its study: govtext {command.Name} --config results/run.json

            """);
        foreach (var (key, symbol) in CommandOptions.Keys(command))
        {
            var description = symbol.Description ?? "";
            text.Append('\n');
            foreach (var line in description.Split('\n')) text.Append("# ").Append(line.TrimEnd()).Append('\n');
            var value = CommandOptions.DefaultOf(symbol);
            if (value is System.Collections.IEnumerable list and not string)
                text.Append("# ").Append(key).Append(": []\n");
            else if (CommandOptions.Text(value) is { } set)
                text.Append(key).Append(": ").Append(Quote(set)).Append('\n');
            else
                text.Append("# ").Append(key).Append(":\n");
        }
        return text.ToString();
    }

    private static string Quote(string value) =>
        Plain().IsMatch(value) ? value : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [GeneratedRegex(@"^[A-Za-z0-9_./][A-Za-z0-9_./=,-]*$")]
    private static partial Regex Plain();
}
