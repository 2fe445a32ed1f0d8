using System.CommandLine;
using GovText.Cli.Commands;
using GovText.Cli.Config;
using GovText.Core.Errors;

namespace GovText.Cli;

/// <summary>Builds the <c>govtext</c> command tree and runs it, mapping failures to the documented exit codes.</summary>
internal static class CliApp
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "GovText measures how governance concepts are discussed in Chinese and English documents.\n" +
            "Start with: govtext analyze   (runs the whole pipeline on ./corpus, writes ./results)");
        foreach (var command in Commands(console)) root.Subcommands.Add(command);
        root.Subcommands.Add(InitCommand.Create(console, () => AnalyzeCommand.Create(console)));
        CommandOptions.AddConfigOption(root);
        return root;
    }

    private static IEnumerable<Command> Commands(CliConsole console)
    {
        yield return AnalyzeCommand.Create(console);
        yield return IngestCommand.Create(console);
        yield return CountCommand.Create(console);
        yield return KwicCommand.Create(console);
        yield return SegmentCommand.Create(console);
        yield return KeywordsCommand.Create(console);
        yield return CollocationsCommand.Create(console);
        yield return LexiconCommand.Create(console);
        yield return CompareCommand.Create(console);
        yield return MergeCommand.Create(console);
        yield return PlotCommand.Create(console);
        yield return TopicsCommand.Create(console);
        yield return ClustersCommand.Create(console);
        yield return ReportCommand.Create(console);
    }

    // A misspelt command or option ('analyse', '--ouput') gets the closest real one.
    private static IEnumerable<string> DidYouMean(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct().ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        foreach (var token in parse.UnmatchedTokens.Distinct())
        {
            var name = token.Split('=', 2)[0];
            var known = name.StartsWith('-') ? options : subcommands;
            if (Core.Errors.Suggestions.Closest(name, known) is { } near)
                yield return $"Did you mean '{near}' (not '{name}')?";
        }
    }

    /// <summary>
    /// A configuration error as the user set it: Core names the setting at fault in its own terms (the config-file key),
    /// and here it becomes the option (<c>--min-count: ...</c>) or, when the value came from the config file, that file's
    /// line (<c>study.yml:12: min-count: ...</c>).
    /// </summary>
    internal static string Describe(ConfigurationException ex, IReadOnlyDictionary<string, string> fromConfig, SettingNames names)
    {
        // Settings the message suggests (a remedy) are spelt as this command's options too.
        var message = ex.Describe(names.Flag);
        if (ex.Setting is not { } setting) return message;
        var option = names.Option(setting);
        return fromConfig.TryGetValue(option, out var at) ? $"{at}: {option}: {message}" : $"--{option}: {message}";
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = Build(console);
        var fromConfig = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            args = ConfigFile.Merge(root, args, fromConfig);
            args = RecordedKeyness.Merge(root, args);
        }
        catch (ConfigurationException ex)
        {
            console.Settings = SettingNames.Of(root.Parse(args).CommandResult.Command);
            console.Fail(Describe(ex, fromConfig, console.Settings));
            return ExitCode.BadUsage;
        }
        var parse = root.Parse(args);
        console.Settings = SettingNames.Of(parse.CommandResult.Command);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) console.Fail(error.Message);
            foreach (var hint in DidYouMean(parse)) console.Error.WriteLine(hint);
            console.Error.WriteLine("Run 'govtext --help' (or 'govtext COMMAND --help') for usage.");
            return ExitCode.BadUsage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = console.Output,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (ConfigurationException ex)
        {
            console.Fail(Describe(ex, fromConfig, console.Settings));
            return ExitCode.BadUsage;
        }
        catch (UnauthorizedAccessException ex)
        {
            // Input files that cannot be read are reported per file by ingestion; this is an output that cannot be written.
            console.Fail($"{ex.Message} Choose an --out folder you can write to.");
            return ExitCode.BadUsage;
        }
        catch (IOException ex)
        {
            console.Fail($"{ex.Message} (writing outputs failed: is --out a folder on a disk with free space?)");
            return ExitCode.SomeInputsFailed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug, not bad input: say so plainly and keep the details a report needs.
            console.Fail($"internal error ({ex.GetType().Name}): {ex.Message}");
            console.Error.WriteLine(ex.StackTrace);
            console.Error.WriteLine("This is a bug in GovText; please report it with the command line you ran.");
            return ExitCode.SomeInputsFailed;
        }
    }
}
