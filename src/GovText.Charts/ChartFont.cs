using SkiaSharp;

namespace GovText.Charts;

/// <summary>The typeface every text of a chart run is drawn with, and where it came from.</summary>
/// <param name="FontName">The name the charts ask ScottPlot for (resolved to <paramref name="Typeface"/> by GovText's font resolver).</param>
/// <param name="FamilyName">The typeface's family name, e.g. "Noto Sans CJK SC".</param>
/// <param name="Source">Where it came from: the font embedded in GovText, or <c>--font FILE</c> (with the face taken from a collection).</param>
/// <param name="Typeface">The regular typeface.</param>
/// <param name="HasChinese">True when the typeface has glyphs for every Chinese string the charts wanted to draw.</param>
public sealed record ChartFont(string FontName, string FamilyName, string Source, SKTypeface Typeface, bool HasChinese)
{
    /// <summary>The characters of <paramref name="text"/> (by code point) that the typeface has no glyph for.</summary>
    public IReadOnlyList<string> MissingGlyphs(string text) => ChartFontResolver.Missing(Typeface, text);
}
