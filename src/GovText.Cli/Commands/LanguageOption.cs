using System.CommandLine;
using System.CommandLine.Parsing;
using GovText.Core.Text;

namespace GovText.Cli.Commands;

/// <summary>
/// Options whose value is a <see cref="Language"/>: the code on the command line (or in a config file) parsed by the
/// one definition of the codes, so a wrong value is a usage error (exit 2) that names the allowed codes.
/// </summary>
internal static class LanguageOption
{
    /// <summary>An optional <paramref name="name"/> option that takes one of <paramref name="allowed"/> (null when not given).</summary>
    public static Option<Language?> Create(string name, string description, params Language[] allowed)
    {
        var option = new Option<Language?>(name)
        {
            Description = description,
            // The allowed codes where help shows the value, as AcceptOnlyFromAmong shows them for a string option.
            HelpName = string.Join('|', allowed.Select(l => l.Code).Order(StringComparer.Ordinal)),
            CustomParser = result => Parse(result, name, allowed),
        };
        option.CompletionSources.Add(allowed.Select(l => l.Code).ToArray());
        return option;
    }

    private static Language? Parse(ArgumentResult result, string name, IReadOnlyList<Language> allowed)
    {
        var code = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (Language.TryParse(code, out var language) && allowed.Contains(language)) return language;
        result.AddError($"{name}: {Language.UnknownCode(code, allowed)}");
        return null;
    }
}
