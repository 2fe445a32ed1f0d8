namespace GovText.Core.Corpus;

/// <summary>
/// Recognizes the notes that corpus folders carry about themselves (README.md, SOURCE.md, LICENSE …). They describe
/// the corpus rather than belong to it, so an unlisted one is skipped; a manifest that lists one gets it read.
/// </summary>
public static class CorpusNotes
{
    /// <summary>File names (without extension, case-insensitive) that mark corpus documentation.</summary>
    public static readonly IReadOnlyList<string> Names = ["CHANGELOG", "COPYING", "LICENCE", "LICENSE", "README", "SOURCE"];

    /// <summary>True when <paramref name="relativePath"/> names a corpus documentation file.</summary>
    public static bool IsNote(string relativePath)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath);
        return Names.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What the summary says about a skipped note.</summary>
    public const string SkipReason =
        "corpus documentation (README/SOURCE/LICENSE …), not a document; list it in the manifest to read it as one";
}
