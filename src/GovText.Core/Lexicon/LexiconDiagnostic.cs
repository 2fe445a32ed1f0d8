namespace GovText.Core.Lexicon;

/// <summary>A validation error or warning about a lexicon file, located by file and line.</summary>
/// <param name="File">The lexicon file as the user named it.</param>
/// <param name="Line">1-based line, or null when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong, in words a researcher can act on.</param>
public sealed record LexiconDiagnostic(string File, int? Line, string Message)
{
    /// <summary><c>file:line: message</c>, the form compilers use, so editors can jump to the line.</summary>
    public override string ToString() => Line is null ? $"{File}: {Message}" : $"{File}:{Line}: {Message}";
}
