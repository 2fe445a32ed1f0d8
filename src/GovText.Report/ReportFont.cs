using GovText.Charts;

namespace GovText.Report;

/// <summary>
/// The typeface the charts are drawn with, embedded in the report as a web font (subset to the characters the report
/// uses), so Chinese in the page and in the inline SVG charts is drawn with real glyphs on a machine without a CJK font.
/// </summary>
/// <param name="Family">The family name the chart SVGs ask for (their <c>font-family</c>); the web font takes this name.</param>
/// <param name="Data">The font file (OpenType/TrueType, or a collection).</param>
/// <param name="FaceIndex">The face within a collection; 0 for a single font.</param>
public sealed record ReportFont(string Family, byte[] Data, int FaceIndex = 0)
{
    private static readonly Lazy<ReportFont> Embedded = new(() =>
    {
        using var stream = ChartFontResolver.EmbeddedTypeface.OpenStream(out var face)
            ?? throw new InvalidOperationException("the embedded chart font has no data stream");
        var data = new byte[stream.Length];
        if (stream.Read(data, data.Length) != data.Length) throw new InvalidOperationException("the embedded chart font could not be read whole");
        return new ReportFont(ChartFontResolver.EmbeddedFamily, data, face);
    });

    /// <summary>The typeface embedded in GovText.Charts, which every chart is drawn with by default.</summary>
    public static ReportFont ChartFont => Embedded.Value;
}
