namespace GovText.Core.Cleaning;

/// <summary>The names of the cleaning steps, as used by <c>--skip-step</c>, in the order they run.</summary>
public static class CleaningStep
{
    /// <summary>NFC, zero-width and control characters removed, full-width ASCII letters and digits to half-width, spaces collapsed.</summary>
    public const string Unicode = "unicode";

    /// <summary>Whole lines, inline phrases and document tails removed by the boilerplate rules.</summary>
    public const string Boilerplate = "boilerplate";

    /// <summary>Hard-wrapped lines inside a paragraph joined into one line.</summary>
    public const string JoinLines = "join-lines";

    /// <summary>A missing space after , ; : . ! ? between Latin words restored.</summary>
    public const string Spacing = "spacing";

    /// <summary>Words broken by hyphenation joined; "word -word" spacing repaired.</summary>
    public const string Hyphenation = "hyphenation";

    /// <summary>Glued keyword runs such as "leadershipOrganizational" separated.</summary>
    public const string GluedWords = "glued-words";

    /// <summary>All steps in the order they run.</summary>
    public static readonly IReadOnlyList<string> All = [Unicode, Boilerplate, JoinLines, Spacing, Hyphenation, GluedWords];
}
