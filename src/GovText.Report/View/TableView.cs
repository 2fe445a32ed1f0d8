namespace GovText.Report.View;

/// <summary>A table as the report shows it: header, rows of formatted cells, and a note on what was left out.</summary>
/// <param name="Caption">The caption above the table.</param>
/// <param name="Columns">Column headers.</param>
/// <param name="NumericColumns">For each column, whether it holds numbers (right-aligned).</param>
/// <param name="Rows">The rows shown.</param>
/// <param name="Note">Below the table: where the full data is, what was cut; or empty.</param>
public sealed record TableView(
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<bool> NumericColumns,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    string Note = "")
{
    /// <summary>Whether there is anything to show.</summary>
    public bool HasRows => Rows.Count > 0;
}
