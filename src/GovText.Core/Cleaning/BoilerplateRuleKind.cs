namespace GovText.Core.Cleaning;

/// <summary>What a boilerplate rule removes.</summary>
public enum BoilerplateRuleKind
{
    /// <summary>A whole line that matches (after spaces are trimmed) is removed.</summary>
    Line,

    /// <summary>Each match inside a line is removed; a line left empty is removed too.</summary>
    Inline,

    /// <summary>The first line that matches whole, and everything after it to the end of the document, is removed.</summary>
    Tail,
}
