namespace GovText.Report.View;

/// <summary>An entry of the table of contents.</summary>
/// <param name="Anchor">The section's id.</param>
/// <param name="Title">The section's heading.</param>
public sealed record SectionLink(string Anchor, string Title);
