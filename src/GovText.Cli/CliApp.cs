using System.CommandLine;
using GovText.Cli.Commands;
using GovText.Cli.Config;
using GovText.Core.Errors;

namespace GovText.Cli;

/// <summary>Builds the <c>govtext</c> command tree and runs it, mapping failures to the documented exit codes.</summary>
internal static class CliApp
{
    // Every command, in the order 'govtext --help' lists them, by the name its factory gives it (LazyCommandTreeTests
    // checks each name against the built command).
    private static readonly (string Name, Func<CliConsole, Command> Create)[] Factories =
    [
        ("analyze", AnalyzeCommand.Create),
        ("ingest", IngestCommand.Create),
        ("count", CountCommand.Create),
        ("kwic", KwicCommand.Create),
        ("segment", SegmentCommand.Create),
        ("keywords", KeywordsCommand.Create),
        ("collocations", CollocationsCommand.Create),
        ("lexicon", LexiconCommand.Create),
        ("compare", CompareCommand.Create),
        ("merge", MergeCommand.Create),
        ("plot", PlotCommand.Create),
        ("topics", TopicsCommand.Create),
        ("clusters", ClustersCommand.Create),
        ("report", ReportCommand.Create),
        ("init", console => InitCommand.Create(console, () => AnalyzeCommand.Create(console))),
    ];

    /// <summary>The whole command tree: every command (for help, completion, the docs and misspelt commands).</summary>
    public static RootCommand Build(CliConsole console) => Root(Factories.Select(f => f.Create(console)));

    /// <summary>
    /// The command tree <paramref name="args"/> need: when the first argument is exactly a command's name, the root with
    /// that command alone, else the whole tree. Building all fifteen commands (their options, validators and help
    /// texts) was 16% of the CPU samples of 'govtext segment' on a 4-character input. The parse is the same: once the
    /// parser has read a command's name it matches the remaining tokens only against that command's own symbols and
    /// the root's recursive options (System.CommandLine's tokenizer switches to the subcommand's valid tokens), and a
    /// command's help does not list its siblings; <c>LazyCommandTreeTests</c> compares both trees on every command.
    /// </summary>
    public static RootCommand Build(CliConsole console, IReadOnlyList<string> args)
    {
        if (args.Count > 0)
            foreach (var (name, create) in Factories)
                if (name == args[0]) return Root([create(console)]);
        return Build(console);
    }

    private static RootCommand Root(IEnumerable<Command> commands)
    {
        var root = new RootCommand(
            "GovText measures how governance concepts are discussed in Chinese and English documents.\n" +
            "Start with: govtext analyze   (runs the whole pipeline on ./corpus, writes ./results)");
        foreach (var command in commands) root.Subcommands.Add(command);
        CommandOptions.AddConfigOption(root);
        OptionValues.Apply(root);
        return root;
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

    /// <summary>
    /// A parse error as the user set the value: an option's value that came from the config file gets that file's line
    /// (<c>study.yml:4: max-df: 'abc' is not a number ...</c>); the rest are as System.CommandLine and
    /// <see cref="OptionValues"/> word them.
    /// </summary>
    private static string Describe(System.CommandLine.Parsing.ParseError error, IReadOnlyDictionary<string, string> fromConfig)
    {
        if (error.SymbolResult is not System.CommandLine.Parsing.OptionResult { Option.Name: var name }
            || !name.StartsWith("--", StringComparison.Ordinal) || !fromConfig.TryGetValue(name[2..], out var at))
            return error.Message;
        var key = name[2..];
        // OptionValues' messages start with the option ('--max-df: ...'); in a file it is the key.
        var message = error.Message.StartsWith(name + ": ", StringComparison.Ordinal) ? error.Message[(name.Length + 2)..] : error.Message;
        return $"{at}: {key}: {message}";
    }

    /// <summary>Runs the command line on the command tree it needs (<see cref="Build(CliConsole, IReadOnlyList{string})"/>).</summary>
    public static Task<int> RunAsync(string[] args, CliConsole console) => RunAsync(args, console, Build(console, args));

    /// <summary>Runs the command line on <paramref name="root"/>, a tree built for <paramref name="console"/>.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, RootCommand root)
    {
        var fromConfig = new Dictionary<string, string>(StringComparer.Ordinal);
        // One parse serves the config file, the recorded keyness and the run; the command line is parsed again only
        // when one of them added tokens to it.
        var parse = root.Parse(args);
        try
        {
            var merged = ConfigFile.Merge(root, parse, args, fromConfig);
            if (merged != args) parse = root.Parse(args = merged);
            merged = RecordedKeyness.Merge(root, parse, args);
            if (merged != args) parse = root.Parse(args = merged);
        }
        catch (ConfigurationException ex)
        {
            console.Settings = SettingNames.Of(parse.CommandResult.Command);
            console.Fail(Describe(ex, fromConfig, console.Settings));
            return ExitCode.BadUsage;
        }
        var badSwitches = OptionValues.BadSwitchValues(parse, args).ToList();
        // System.CommandLine took each such value for an argument (shifting the others): the rest of the line is
        // checked as if the switch had been given alone.
        if (badSwitches.Count > 0)
        {
            var alone = badSwitches.ToDictionary(b => b.At, b => b.Switch);
            parse = root.Parse([.. args.Select((arg, i) => alone.GetValueOrDefault(i, arg))]);
        }
        console.Settings = SettingNames.Of(parse.CommandResult.Command);
        var errors = badSwitches.Select(b => b.Message).Concat(parse.Errors.Select(e => Describe(e, fromConfig))).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors) console.Fail(error);
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
