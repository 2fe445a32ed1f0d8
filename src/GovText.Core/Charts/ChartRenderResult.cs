namespace GovText.Core.Charts;

/// <summary>What a chart run drew and with which font.</summary>
/// <param name="Charts">The charts written.</param>
/// <param name="Font">The typeface used for every text.</param>
/// <param name="Labels">The label mode in effect (English when Chinese was asked for but no font has the glyphs).</param>
/// <param name="Warnings">Problems the user may need to act on (printed once by the CLI): a missing CJK font, glyphs the font lacks.</param>
public sealed record ChartRenderResult(IReadOnlyList<RenderedChart> Charts, ChartFont Font, LabelMode Labels, IReadOnlyList<string> Warnings)
{
    /// <summary>Charts the data did not call for, and why (no --target, no years, nothing matched): information, not a problem.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>All files written (PNG and SVG of each chart).</summary>
    public IEnumerable<string> Files => Charts.SelectMany(c => new[] { c.PngPath, c.SvgPath });
}
