namespace GovText.Core.Comparison;

/// <summary>What an <see cref="IChartRenderer"/> wrote.</summary>
/// <param name="Files">Every file written (PNG and SVG of each chart).</param>
/// <param name="Warnings">Problems the user may need to act on (printed once by the CLI).</param>
/// <param name="Notes">Charts the data did not call for, and why (no --target, no years, nothing matched): information, not a problem.</param>
/// <param name="Summary">One line on how the charts were drawn, e.g. the typeface and the label language.</param>
public record ChartStageResult(IReadOnlyList<string> Files, IReadOnlyList<string> Warnings, IReadOnlyList<string> Notes, string Summary);
