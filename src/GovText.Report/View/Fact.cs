namespace GovText.Report.View;

/// <summary>A labelled value in a definition list (what was run, corpus summary).</summary>
/// <param name="Label">What the value is.</param>
/// <param name="Value">The value, formatted (invariant culture).</param>
/// <param name="Code">Whether the value is code or a path, shown in a monospace font.</param>
public sealed record Fact(string Label, string Value, bool Code = false);
