using System.CommandLine;
using GovText.Core.Errors;
using GovText.Core.Lexicon;
using GovText.Core.Output;

namespace GovText.Cli.Commands;

/// <summary><c>govtext lexicon show|validate|export</c>: print, check or write a lexicon.</summary>
internal static class LexiconCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("lexicon", "Show, check or export the concept lexicon (see docs/lexicon.md).\n\nExamples:\n  govtext lexicon show\n  govtext lexicon export --out my-lexicon.yml\n  govtext lexicon validate --lexicon my-lexicon.yml");
        command.Subcommands.Add(Show(console));
        command.Subcommands.Add(Validate(console));
        command.Subcommands.Add(Export(console));
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var options = new LexiconOptions();
        var command = new Command("show", "Print the concepts as a tree, with labels and terms (the default lexicon unless --lexicon is given).");
        options.AddTo(command);
        command.SetAction((ParseResult parse, CancellationToken _) =>
        {
            var lexicon = options.Load(parse, console);
            LexiconTree.Write(console.Output, lexicon);
            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }

    private static Command Validate(CliConsole console)
    {
        var options = new LexiconOptions(required: true);
        var quiet = QuietOption();
        var command = new Command("validate", "Check a lexicon file: errors (file:line) exit with code 2, warnings are printed.");
        options.AddTo(command);
        command.Options.Add(quiet);
        command.SetAction((ParseResult parse, CancellationToken _) =>
        {
            var path = parse.GetValue(options.File)!.ToString();
            var result = ConceptLexicon.Read(path, options.FormatOf(parse));
            foreach (var error in result.Errors) console.Fail(error.ToString());
            foreach (var warning in result.Warnings) console.Warn(warning.ToString());
            if (result.Lexicon is null)
            {
                console.Error.WriteLine($"{path}: {result.Errors.Count} error(s); the lexicon cannot be used.");
                return Task.FromResult(ExitCode.BadUsage);
            }
            var lexicon = result.Lexicon;
            var terms = lexicon.Concepts.Sum(c => c.Terms.Count);
            if (!parse.GetValue(quiet))
                console.Output.WriteLine(
                $"{path}: valid {FormatName(lexicon.Format)} lexicon: {lexicon.Concepts.Count} concepts, {terms} terms, {result.Warnings.Count} warning(s).");
            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }

    private static Command Export(CliConsole console)
    {
        var output = new Option<FileInfo?>("--out")
        {
            Description = "Write the default lexicon to this file (replaced atomically) instead of standard output.",
        };
        var quiet = QuietOption();
        var command = new Command("export", "Write the default lexicon's YAML, to copy and edit as your own lexicon.");
        command.Options.Add(output);
        command.Options.Add(quiet);
        command.SetAction((ParseResult parse, CancellationToken _) =>
        {
            var file = parse.GetValue(output);
            if (file is null) console.Output.Write(ConceptLexicon.DefaultYaml);
            else
            {
                AtomicFile.WriteAllText(file.FullName, ConceptLexicon.DefaultYaml);
                if (!parse.GetValue(quiet)) console.Error.WriteLine($"wrote {file}");
            }
            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }

    /// <summary>-q for the commands that print a status line besides their product (the file they write).</summary>
    internal static Option<bool> QuietOption() => new("--quiet", "-q") { Description = "Print nothing but errors and warnings." };

    internal static string FormatName(LexiconFormat format) => LexiconFormats.Names[(int)format];
}
