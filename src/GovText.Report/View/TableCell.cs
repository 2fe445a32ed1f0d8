namespace GovText.Report.View;

/// <summary>One cell of a <see cref="TableView"/>.</summary>
/// <param name="Text">The cell's text (escaped by the template).</param>
/// <param name="Numeric">Right-aligned with tabular figures.</param>
/// <param name="Title">A tooltip (the exact value behind a rounded one, a full title), or empty.</param>
public sealed record TableCell(string Text, bool Numeric = false, string Title = "");
