using System.CommandLine;
using GovText.Core.Errors;
using GovText.Core.RunRecords;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovText.Cli.Config;

/// <summary>
/// <c>--config FILE</c>: a YAML mapping from option names (without <c>--</c>; <c>_</c> may stand for <c>-</c>) to values,
/// or a run.json, whose <c>options</c> section is used. The file's values become command-line tokens for the options the
/// command line does not give, so the command line wins and every command and option is configurable without code of
/// its own. Unknown keys and malformed values are errors with file:line.
/// </summary>
internal static class ConfigFile
{
    /// <summary>
    /// Returns <paramref name="args"/> with the config file's settings inserted after the command name, or unchanged
    /// when no <c>--config</c> is given.
    /// </summary>
    /// <param name="root">The command tree.</param>
    /// <param name="args">The command line.</param>
    /// <param name="sources">Gets, for each setting the file supplied, where: <c>FILE:LINE</c> (for messages about its value).</param>
    /// <exception cref="ConfigurationException">The file is missing, malformed, or names an unknown key.</exception>
    public static string[] Merge(RootCommand root, string[] args, IDictionary<string, string>? sources = null) =>
        Merge(root, root.Parse(args), args, sources);

    /// <summary>
    /// <see cref="Merge(RootCommand, string[], IDictionary{string, string}?)"/> given <paramref name="parse"/>, the
    /// parse of <paramref name="args"/> by <paramref name="root"/>; returns <paramref name="args"/> itself when no
    /// <c>--config</c> is given.
    /// </summary>
    public static string[] Merge(RootCommand root, ParseResult parse, string[] args, IDictionary<string, string>? sources = null)
    {
        var command = parse.CommandResult.Command;
        var option = command.Options.FirstOrDefault(o => o.Name == CommandOptions.ConfigName);
        // '--config' without a file name is left to the parse error that says so.
        if (option is null || parse.GetResult(option) is not { Implicit: false } given || given.Errors.Any()
            || given.GetValueOrDefault<string?>() is not { } path)
            return args;
        var tokens = Tokens(path, command, parse, sources);
        var at = CommandPathLength(root, args);
        return [.. args[..at], .. tokens, .. args[at..]];
    }

    /// <summary>The tokens the file stands for, given what the command line already set; <paramref name="sources"/>, when given, gets <c>FILE:LINE</c> of each setting taken from the file.</summary>
    public static IReadOnlyList<string> Tokens(string path, Command command, ParseResult parse, IDictionary<string, string>? sources = null)
    {
        var settings = Read(path, command);
        var options = new List<string>();
        var arguments = new List<string>();
        foreach (var (key, symbol, values, line) in settings)
        {
            if (CommandOptions.GivenOnCommandLine(parse, symbol)) continue;
            if (values.Count == 0) continue;
            var resolved = values.Select(v => CommandOptions.Resolve(key, symbol, v, Path.GetDirectoryName(Path.GetFullPath(path))!)).ToList();
            Check(path, line, key, symbol, resolved);
            if (resolved.Count == 1 && IsDefault(key, symbol, resolved[0])) continue;
            if (sources is not null) sources[key] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}:{line}");
            if (symbol is Argument) arguments.AddRange(resolved);
            else foreach (var value in resolved) options.Add($"--{key}={value}");
        }
        return [.. options, .. arguments];
    }

    /// <summary>The file's settings: key, the option or argument it sets, its values (none for null), its line.</summary>
    public static IReadOnlyList<(string Key, Symbol Symbol, IReadOnlyList<string> Values, int Line)> Read(string path, Command command)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"config file not found: {path}");
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new ConfigurationException(ex.InnerException?.Message ?? ex.Message, path, (int)ex.Start.Line);
        }
        if (stream.Documents.Count == 0) return [];
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ConfigurationException("a config file is a mapping of option names to values (e.g. 'by: year')", path, (int)stream.Documents[0].RootNode.Start.Line);

        // A run record: its resolved options rerun the run. After e.g. 'analyze' then 'plot', the folder's record is plot's,
        // with analyze's under 'earlier': 'analyze --config run.json' takes the nearest record of the same command.
        if (Scalar(root, "format") == RunRecord.FormatName)
        {
            var record = root;
            for (var r = root; r is not null; r = Child(r, "earlier") as YamlMappingNode)
            {
                if (Scalar(r, "command") != CommandPath(command)) continue;
                record = r;
                break;
            }
            if (Child(record, "options") is not YamlMappingNode recorded)
                throw new ConfigurationException("this run record has no 'options' section", path, (int)record.Start.Line);
            root = recorded;
        }

        var keys = CommandOptions.Keys(command).ToDictionary(k => k.Key, k => k.Symbol, StringComparer.Ordinal);
        var settings = new List<(string, Symbol, IReadOnlyList<string>, int)>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = (int)keyNode.Start.Line;
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Replace('_', '-');
            if (!keys.TryGetValue(key, out var symbol))
            {
                var hint = DidYouMean(key, keys.Keys);
                throw new ConfigurationException(
                    $"unknown key '{key}' for 'govtext {CommandPath(command)}'{(hint is null ? "" : $" (did you mean '{hint}'?)")}; " +
                    $"keys are its option names without '--': {string.Join(", ", keys.Keys)}", path, line);
            }
            IReadOnlyList<string> values = valueNode switch
            {
                YamlScalarNode s when IsNull(s) => [],
                YamlScalarNode s => [s.Value!],
                YamlSequenceNode seq when IsList(symbol) => seq.Children.Select(c => c is YamlScalarNode s ? s.Value ?? ""
                    : throw new ConfigurationException($"'{key}': list items must be plain values", path, (int)c.Start.Line)).ToList(),
                YamlSequenceNode => throw new ConfigurationException($"'{key}' takes one value, not a list", path, line),
                _ => throw new ConfigurationException($"'{key}' takes a value, not a mapping", path, line),
            };
            settings.Add((key, symbol, values, line));
        }
        return settings;
    }

    private static void Check(string path, int line, string key, Symbol symbol, IReadOnlyList<string> values)
    {
        var type = symbol switch { Option o => o.ValueType, Argument a => a.ValueType, _ => typeof(string) };
        type = Nullable.GetUnderlyingType(type) ?? type;
        foreach (var value in values)
        {
            if (type == typeof(bool) && value is not ("true" or "false"))
                throw new ConfigurationException($"'{key}' is true or false, not '{value}'", path, line);
            if (type == typeof(int) && !int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
                throw new ConfigurationException($"'{key}' is a whole number, not '{value}'", path, line);
        }
    }

    // A value equal to the default is left to the default, so a run record's implicit values stay implicit on a rerun
    // (e.g. compare --from, whose default corpus must not count as given).
    private static bool IsDefault(string key, Symbol symbol, string value)
    {
        var text = CommandOptions.Text(CommandOptions.DefaultOf(symbol));
        if (text is null) return false;
        return CommandOptions.Resolve(key, symbol, text, Environment.CurrentDirectory) == value;
    }

    private static bool IsList(Symbol symbol)
    {
        var type = symbol switch { Option o => o.ValueType, Argument a => a.ValueType, _ => typeof(string) };
        return type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type);
    }

    private static bool IsNull(YamlScalarNode node) =>
        node.Style == YamlDotNet.Core.ScalarStyle.Plain && node.Value is null or "" or "~" or "null";

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == key).Value;

    private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault())
            names.Insert(0, c.Name);
        return string.Join(' ', names);
    }

    // How many leading arguments name the command (e.g. 2 for "lexicon show ..."): the file's tokens go right after.
    internal static int CommandPathLength(Command root, string[] args)
    {
        var command = root;
        var i = 0;
        while (i < args.Length && command.Subcommands.FirstOrDefault(c => c.Name == args[i] || c.Aliases.Contains(args[i])) is { } next)
        {
            command = next;
            i++;
        }
        return i;
    }

    private static string? DidYouMean(string key, IEnumerable<string> keys) =>
        keys.Select(k => (Key: k, Distance: Distance(key, k))).Where(k => k.Distance <= Math.Max(1, key.Length / 3))
            .OrderBy(k => k.Distance).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
