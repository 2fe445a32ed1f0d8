namespace GovText.Report.View;

/// <summary>A chart inlined as SVG (its text stays text: searchable, selectable, drawn with the embedded font).</summary>
/// <param name="File">The chart's file under <c>charts/</c>.</param>
/// <param name="Title">The figure caption.</param>
/// <param name="Svg">The sanitized SVG markup (output unescaped).</param>
public sealed record ChartView(string File, string Title, string Svg);
