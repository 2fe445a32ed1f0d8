namespace GovText.Core.Cleaning;

/// <summary>Which cleaning steps run, with which boilerplate rules, and whether each change is recorded.</summary>
/// <param name="Steps">The enabled steps (names from <see cref="CleaningStep"/>).</param>
/// <param name="Rules">The boilerplate rules (defaults plus any user rules).</param>
/// <param name="Explain">True to record every change as a <see cref="CleaningEvent"/> (for <c>--explain-cleaning</c>).</param>
public sealed record CleaningOptions(IReadOnlySet<string> Steps, BoilerplateRules Rules, bool Explain = false)
{
    /// <summary>All steps with the default rules, no change log.</summary>
    public static CleaningOptions Default => new(new HashSet<string>(CleaningStep.All, StringComparer.Ordinal), BoilerplateRules.Defaults);

    /// <summary>No cleaning at all: text is only split into paragraphs (blank lines) and sentences.</summary>
    public static CleaningOptions None => new(new HashSet<string>(StringComparer.Ordinal), BoilerplateRules.Defaults);

    /// <summary>True when <paramref name="step"/> runs.</summary>
    public bool Runs(string step) => Steps.Contains(step);
}
