using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using GovText.Core.Errors;

namespace GovText.Cli.Commands;

/// <summary>
/// How option values are read from the command line (and from a config file, whose values become command-line tokens):
/// numbers in the invariant culture, and for a value that does not parse a message that names the option, the value
/// and what is expected (<c>--jobs: 'abc' is not a whole number (expected, e.g., --jobs 4)</c>), instead of
/// System.CommandLine's, which names .NET types (<c>System.Nullable`1[System.Int32]</c>) and follows the user's
/// culture (<c>0,5</c> was 0.5 in a German session and 5 in an English one).
/// </summary>
internal static class OptionValues
{
    // The example a message gives for an option without a default value.
    private const string WholeNumberExample = "4";
    private const string NumberExample = "1.5";

    /// <summary>
    /// Gives every option of <paramref name="command"/> and its subcommands whose value is a number or a file GovText's
    /// parser, unless the option has a parser of its own (e.g. <see cref="LanguageOption"/>). Called once on the command
    /// tree, so an option needs nothing at the place it is declared; a value type this does not know keeps
    /// System.CommandLine's parser, and <c>OptionValueMessageTests</c> fails for it.
    /// </summary>
    public static void Apply(Command command)
    {
        foreach (var option in command.Options) Apply(option);
        foreach (var sub in command.Subcommands) Apply(sub);
    }

    private static void Apply(Option option)
    {
        switch (option)
        {
            case Option<int> o when o.CustomParser is null:
                o.CustomParser = result => ParseWholeNumber(result, o) ?? 0;
                break;
            case Option<int?> o when o.CustomParser is null:
                o.CustomParser = result => ParseWholeNumber(result, o);
                break;
            case Option<double> o when o.CustomParser is null:
                o.CustomParser = result => ParseNumber(result, o) ?? 0;
                break;
            case Option<double?> o when o.CustomParser is null:
                o.CustomParser = result => ParseNumber(result, o);
                break;
            case Option<FileInfo?> o when o.CustomParser is null:
                o.CustomParser = result => ParseFile(result, o);
                break;
        }
    }

    /// <summary>
    /// Restricts <paramref name="option"/> to <paramref name="values"/> (compared ordinally), which help and completion
    /// show; another value is an error that lists them and suggests the closest
    /// (<c>--mode: 'acurate' is not one of accurate, search, full (did you mean 'accurate'?)</c>).
    /// </summary>
    public static void AcceptOnly(this Option option, params string[] values)
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (values.Contains(token.Value, StringComparer.Ordinal)) continue;
                var near = Suggestions.Closest(token.Value, values);
                result.AddError($"{option.Name}: '{token.Value}' is not one of {string.Join(", ", values)}" +
                                (near is null ? "" : $" (did you mean '{near}'?)"));
            }
        });
        option.CompletionSources.Add(values);
    }

    /// <summary>A whole number as the command line and config files write it: optional sign, digits, invariant culture.</summary>
    public static bool TryParseWholeNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// A finite number as the command line and config files write it: invariant culture (a point for decimals, no
    /// thousands separators, so <c>1,5</c> is an error rather than 15), exponents allowed.
    /// </summary>
    public static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static int? ParseWholeNumber<T>(ArgumentResult result, Option<T> option)
    {
        if (Value(result, option) is not { } text) return null;
        if (TryParseWholeNumber(text, out var value)) return value;
        // Digits that do not fit an int are a whole number too big (or small) for any setting, not a typo.
        var problem = System.Numerics.BigInteger.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? "is out of range"
            : "is not a whole number";
        result.AddError($"{option.Name}: '{text}' {problem} (expected, e.g., {option.Name} {Example(option, WholeNumberExample)})");
        return null;
    }

    private static double? ParseNumber<T>(ArgumentResult result, Option<T> option)
    {
        if (Value(result, option) is not { } text) return null;
        if (TryParseNumber(text, out var value)) return value;
        var example = $"{option.Name} {Example(option, NumberExample)}";
        string message;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && !double.IsNaN(parsed))
            message = $"'{text}' is not a finite number (expected, e.g., {example})";
        else if (text.Contains(',') && TryParseNumber(text.Replace(',', '.'), out _))
            message = $"'{text}' is not a number (write the decimal point as '.', e.g., {example})";
        else
            message = $"'{text}' is not a number (expected, e.g., {example})";
        result.AddError($"{option.Name}: {message}");
        return null;
    }

    private static FileInfo? ParseFile(ArgumentResult result, Option<FileInfo?> option)
    {
        if (Value(result, option) is not { } text) return null;
        try
        {
            return new FileInfo(text);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // An empty value (an unset shell variable) or a name the file system cannot hold.
            result.AddError($"{option.Name}: '{text}' is not a file name");
            return null;
        }
    }

    // The option's value: its last token (the parser is called only when the option was given with one; a missing or
    // repeated value has its own arity error).
    private static string? Value(ArgumentResult result, Option option)
    {
        if (result.Tokens.Count > 0) return result.Tokens[^1].Value;
        result.AddError($"{option.Name} needs a value");
        return null;
    }

    // The default value where the option has one (the value a researcher would most likely write), else a typical one.
    private static string Example(Option option, string fallback) =>
        option.HasDefaultValue && option.GetDefaultValue() is IFormattable value
            ? value.ToString(null, CultureInfo.InvariantCulture)
            : fallback;

    /// <summary>
    /// Errors for switches given a value that is not true or false (<c>--force=maybe</c>). System.CommandLine leaves such a
    /// value to the command's arguments without an error, so <c>init --force=maybe</c> would write a file named
    /// <c>maybe</c>; the raw <paramref name="args"/> still show how the value was attached.
    /// </summary>
    /// <param name="parse">The parse of <paramref name="args"/>.</param>
    /// <param name="args">The command line as given.</param>
    /// <returns>Each error's message, the index in <paramref name="args"/> of the switch with its value, and the switch alone (as given, without the value).</returns>
    public static IEnumerable<(string Message, int At, string Switch)> BadSwitchValues(ParseResult parse, IReadOnlyList<string> args)
    {
        var command = parse.CommandResult.Command;
        var switches = command.Options
            .Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive))
            .Where(o => o.ValueType == typeof(bool))
            .ToList();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--") yield break;
            if (!arg.StartsWith('-')) continue;
            // System.CommandLine splits '--name=value' and '--name:value' at the first delimiter.
            var at = arg.AsSpan().IndexOfAny('=', ':');
            if (at < 0) continue;
            var name = arg[..at];
            var value = arg[(at + 1)..];
            if (switches.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name)) is not { } option) continue;
            // '--quiet=' is the switch alone to System.CommandLine too.
            if (value.Length == 0 || bool.TryParse(value.Trim('"'), out _)) continue;
            yield return ($"{option.Name}: '{value}' is not true or false (expected {option.Name} alone, or {option.Name}=false)", i, name);
        }
    }
}
