using System.Text.RegularExpressions;
using GovText.Core.Errors;

namespace GovText.Core.Lexicon;

/// <summary>Chooses the reader for a lexicon file: by <c>--lexicon-format</c> when given, else by extension and content.</summary>
public static partial class LexiconFormats
{
    /// <summary>The names <c>--lexicon-format</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Names = ["govtext", "quanteda", "liwc"];

    /// <summary>Parses a <c>--lexicon-format</c> value (case-insensitive).</summary>
    /// <exception cref="ConfigurationException">The name is not one of <see cref="Names"/>.</exception>
    public static LexiconFormat Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "govtext" => LexiconFormat.GovText,
        "quanteda" => LexiconFormat.Quanteda,
        "liwc" => LexiconFormat.Liwc,
        _ => throw new ConfigurationException($"unknown lexicon format '{name}'; use one of: {string.Join(", ", Names)}"),
    };

    /// <summary>
    /// <c>.dic</c> is LIWC; <c>.yml</c>/<c>.yaml</c> is GovText when the file has a top-level <c>concepts:</c> key
    /// and quanteda otherwise.
    /// </summary>
    /// <exception cref="ConfigurationException">The extension is none of these.</exception>
    public static LexiconFormat Detect(string path, string text)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".dic" => LexiconFormat.Liwc,
            ".yml" or ".yaml" => TopLevelConcepts().IsMatch(text) ? LexiconFormat.GovText : LexiconFormat.Quanteda,
            _ => throw new ConfigurationException(
                $"cannot tell the lexicon format from the extension (expected .yml, .yaml or .dic); add {SettingText.Name("lexicon-format", "govtext|quanteda|liwc")}",
                path),
        };
    }

    [GeneratedRegex(@"^concepts[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelConcepts();
}
