using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json.Nodes;

namespace GovText.Cli.Config;

/// <summary>
/// A command's arguments and options as configuration keys (the option's long name without <c>--</c>, the argument's
/// name), read generically from System.CommandLine's model so every command and option gets <c>--config</c> and a
/// place in run.json without code of its own.
/// </summary>
internal static class CommandOptions
{
    /// <summary>The option every leaf command gets: read options from a YAML file (or a run.json).</summary>
    public const string ConfigName = "--config";

    // Options whose value names a file or folder (string-typed options cannot say so themselves). Relative paths in a
    // config file are relative to the file; run.json records them absolute.
    private static readonly HashSet<string> PathNames = new(StringComparer.Ordinal)
    {
        "corpus", "manifest", "out", "lexicon", "clean-rules", "font", "from", "user-dict", "config",
    };

    // Options that take a file or a keyword ('--stopwords default|none|FILE'): a path only when such a file exists.
    private static readonly HashSet<string> FileOrKeywordNames = new(StringComparer.Ordinal) { "stopwords" };

    /// <summary>Adds <c>--config</c> to every command that runs (not to groups like <c>lexicon</c>).</summary>
    public static void AddConfigOption(Command command)
    {
        foreach (var sub in command.Subcommands) AddConfigOption(sub);
        if (command.Action is null || command is RootCommand) return;
        command.Options.Add(new Option<string?>(ConfigName)
        {
            Description = "Read options from a YAML file (keys are option names without --, e.g. 'by: year'; see 'govtext init'), " +
                          "or rerun a study from a results folder's run.json. Options on the command line win.",
        });
    }

    /// <summary>The configurable symbols of <paramref name="command"/>: arguments, then options, by key.</summary>
    public static IReadOnlyList<(string Key, Symbol Symbol)> Keys(Command command) =>
        command.Arguments.Where(a => !a.Hidden).Select(a => (a.Name, (Symbol)a))
            .Concat(command.Options.Where(o => !o.Hidden && o.Name.StartsWith("--", StringComparison.Ordinal)
                                               && o.Name is not ("--help" or ConfigName or "--version"))
                .Select(o => (o.Name[2..], (Symbol)o)))
            .ToList();

    /// <summary>
    /// The value resolved against <paramref name="baseDir"/> when it names a file or folder (absolute), else unchanged.
    /// </summary>
    public static string Resolve(string key, Symbol symbol, string value, string baseDir) =>
        NamesFileOrFolder(key, symbol, value, baseDir) ? Path.GetFullPath(value, baseDir) : value;

    /// <summary>True when <paramref name="value"/> of this key names a file or folder (relative to <paramref name="baseDir"/>).</summary>
    public static bool NamesFileOrFolder(string key, Symbol symbol, string value, string baseDir) =>
        IsPath(key, symbol) || FileOrKeywordNames.Contains(key) && File.Exists(Path.GetFullPath(value, baseDir));

    /// <summary>True when the key's value always names a file or folder.</summary>
    public static bool IsPath(string key, Symbol symbol)
    {
        var type = symbol switch { Option o => o.ValueType, Argument a => a.ValueType, _ => typeof(object) };
        type = Nullable.GetUnderlyingType(type) ?? type;
        return typeof(FileSystemInfo).IsAssignableFrom(type) || PathNames.Contains(key);
    }

    /// <summary>True when the command line gave this option or argument (not a default).</summary>
    public static bool GivenOnCommandLine(ParseResult parse, Symbol symbol) => symbol switch
    {
        Option o => parse.GetResult(o) is { Implicit: false },
        Argument a => parse.GetResult(a) is { } r && r.Tokens.Count > 0,
        _ => false,
    };

    /// <summary>
    /// The value of <paramref name="option"/> for a command's validator, or false when it has none to read: a value that
    /// is missing (<c>--jobs</c> at the end of the line), malformed or given twice gets its own parse error, added after
    /// the command's validators run, and reading it before then throws.
    /// </summary>
    public static bool TryGetValue<T>(CommandResult command, Option<T> option, out T? value)
    {
        try
        {
            value = command.GetValue(option);
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default;
            return false;
        }
    }

    /// <summary>The default value, or null.</summary>
    public static object? DefaultOf(Symbol symbol) => symbol switch
    {
        Option { HasDefaultValue: true } o => o.GetDefaultValue(),
        Argument { HasDefaultValue: true } a => a.GetDefaultValue(),
        _ => null,
    };

    /// <summary>
    /// Every argument and option of the command that ran, after defaults were applied, as run.json's <c>options</c>
    /// (paths absolute), in declaration order.
    /// </summary>
    public static JsonObject Resolved(ParseResult parse)
    {
        var result = new JsonObject();
        foreach (var (key, symbol) in Keys(parse.CommandResult.Command))
        {
            var value = symbol switch
            {
                Option o => parse.GetResult(o) is { } r ? r.GetValueOrDefault<object?>() : DefaultOf(o),
                Argument a => parse.GetResult(a) is { } r ? r.GetValueOrDefault<object?>() : DefaultOf(a),
                _ => null,
            };
            result[key] = ToJson(value, v => Resolve(key, symbol, v, Environment.CurrentDirectory));
        }
        return result;
    }

    /// <summary>The command's path below the root, e.g. <c>analyze</c> or <c>lexicon show</c>.</summary>
    public static string PathOf(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? r = parse.CommandResult; r is CommandResult c && c.Command is not RootCommand; r = r.Parent)
            names.Insert(0, c.Command.Name);
        return string.Join(' ', names);
    }

    /// <summary>A value as configuration text (what a config file would say), or null for none.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        FileSystemInfo f => f.ToString(),
        _ => value.ToString(),
    };

    private static JsonNode? ToJson(object? value, Func<string, string> resolve) => value switch
    {
        null => null,
        bool b => b,
        int i => i,
        long l => l,
        double d => d,
        string s => resolve(s),
        FileSystemInfo f => f.FullName,
        System.Collections.IEnumerable items => new JsonArray(items.Cast<object?>().Select(i => ToJson(i, resolve)).ToArray()),
        _ => Text(value),
    };
}
