using System.CommandLine;
using GovText.Core.Lexicon;

namespace GovText.Cli.Commands;

/// <summary>
/// The <c>--lexicon</c> and <c>--lexicon-format</c> options, shared by every command that reads a lexicon
/// (lexicon show/validate, count, kwic) so they parse and load it the same way.
/// </summary>
internal sealed class LexiconOptions
{
    public LexiconOptions(bool required = false)
    {
        File = new Option<FileInfo?>("--lexicon")
        {
            Description = required
                ? "The lexicon file: GovText YAML, quanteda YAML (.yml/.yaml) or LIWC (.dic)."
                : "A lexicon file (GovText YAML, quanteda YAML or LIWC .dic) instead of the default lexicon.",
            Required = required,
        };
        Format = new Option<string?>("--lexicon-format")
        {
            Description = "The lexicon's format when the extension does not tell: govtext, quanteda or liwc.",
        };
        Format.AcceptOnly([.. LexiconFormats.Names]);
    }

    public Option<FileInfo?> File { get; }

    public Option<string?> Format { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        command.Options.Add(Format);
    }

    /// <summary>The format the user asked for, or null to detect it.</summary>
    public LexiconFormat? FormatOf(ParseResult parse) =>
        parse.GetValue(Format) is { } name ? LexiconFormats.Parse(name) : null;

    /// <summary>The user's lexicon (errors throw, exit 2), or the default; its warnings go to standard error.</summary>
    public ConceptLexicon Load(ParseResult parse, CliConsole console)
    {
        var file = parse.GetValue(File);
        var lexicon = file is null ? ConceptLexicon.Default : ConceptLexicon.Load(file.ToString(), FormatOf(parse));
        foreach (var warning in lexicon.Warnings) console.Warn(warning.ToString());
        return lexicon;
    }
}
