using SkiaSharp;

namespace GovText.Charts;

/// <summary>The typeface every text of a chart run is drawn with, and where it came from.</summary>
/// <param name="FontName">The name the charts ask ScottPlot for (resolved to <paramref name="Typeface"/> by GovText's font resolver).</param>
/// <param name="FamilyName">The typeface's family name, e.g. "Noto Sans CJK SC".</param>
/// <param name="Source">How it was found: <c>--font FILE</c>, a character match, a preferred CJK family, a scan of installed families, or the default.</param>
/// <param name="Typeface">The regular typeface.</param>
/// <param name="HasChinese">True when the typeface has glyphs for every Chinese string the charts wanted to draw.</param>
public sealed record ChartFont(string FontName, string FamilyName, string Source, SKTypeface Typeface, bool HasChinese)
{
    /// <summary>
    /// A Latin sans-serif used for text it fully covers (numbers, English titles) when the main typeface is a CJK one,
    /// whose tall metrics make ScottPlot draw tick labels off-centre; null when the main typeface is used for all text.
    /// </summary>
    public string? LatinFontName { get; init; }

    /// <summary>The typeface behind <see cref="LatinFontName"/>.</summary>
    public SKTypeface? LatinTypeface { get; init; }

    /// <summary>The typeface that draws <paramref name="text"/>: the Latin one if it has every glyph, else the main one.</summary>
    public SKTypeface TypefaceFor(string text) =>
        LatinTypeface is not null && ChartFontResolver.Missing(LatinTypeface, text).Count == 0 ? LatinTypeface : Typeface;

    /// <summary>The ScottPlot font name that draws <paramref name="text"/> (see <see cref="TypefaceFor"/>).</summary>
    public string FontNameFor(string text) =>
        LatinTypeface is not null && ChartFontResolver.Missing(LatinTypeface, text).Count == 0 ? LatinFontName! : FontName;

    /// <summary>The characters of <paramref name="text"/> (by code point) that the typeface drawing it has no glyph for.</summary>
    public IReadOnlyList<string> MissingGlyphs(string text) => ChartFontResolver.Missing(TypefaceFor(text), text);
}
