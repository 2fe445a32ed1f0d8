using GovText.Core.Comparison;

namespace GovText.Charts;

/// <summary>What a chart run drew and with which font.</summary>
/// <param name="Charts">The charts written.</param>
/// <param name="Font">The typeface used for every text.</param>
/// <param name="Labels">The label mode in effect (English when Chinese was asked for but the font has no glyphs for it).</param>
/// <param name="Warnings">Problems the user may need to act on (printed once by the CLI): glyphs the font lacks.</param>
/// <param name="Notes">Charts the data did not call for, and why (no --target, no years, nothing matched): information, not a problem.</param>
public sealed record ChartRenderResult(
    IReadOnlyList<RenderedChart> Charts, ChartFont Font, LabelMode Labels, IReadOnlyList<string> Warnings, IReadOnlyList<string> Notes)
    : ChartStageResult(
        Charts.SelectMany(c => new[] { c.PngPath, c.SvgPath }).ToList(), Warnings, Notes,
        $"font {Font.FamilyName} ({Font.Source}), labels {Labels.ToString().ToLowerInvariant()}");
