namespace GovText.Charts;

/// <summary>One chart written to disk.</summary>
/// <param name="Name">File stem, e.g. <c>concept_trends</c>.</param>
/// <param name="PngPath">The PNG.</param>
/// <param name="SvgPath">The SVG.</param>
/// <param name="PixelWidth">PNG width in pixels.</param>
/// <param name="PixelHeight">PNG height in pixels.</param>
/// <param name="DrawnStrings">Every string the chart draws (titles, labels, ticks, legend, annotations; numeric ticks as their alphabet).</param>
public sealed record RenderedChart(string Name, string PngPath, string SvgPath, int PixelWidth, int PixelHeight, IReadOnlyList<string> DrawnStrings);
