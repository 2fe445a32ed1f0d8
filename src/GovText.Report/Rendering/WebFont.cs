using System.Text;

namespace GovText.Report.Rendering;

/// <summary>The <c>@font-face</c> rule embedding a subset of the chart font as a data URI, and the page's font stack.</summary>
internal static class WebFont
{
    /// <summary>A CSS rule set for a page whose text is <paramref name="html"/> (every character in it is kept).</summary>
    public static string Css(ReportFont font, string html)
    {
        var codePoints = new SortedSet<int>();
        foreach (var rune in html.EnumerateRunes())
            if (rune.Value >= 0x20) codePoints.Add(rune.Value);
        var subset = FontSubsetter.Subset(font.Data, font.FaceIndex, codePoints);
        // A family name of its own: were it the installed font's name, the browser would take the installed bold face
        // for bold text instead of emboldening the embedded one.
        var family = "GovText " + font.Family.Replace("\\", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
        var css = new StringBuilder();
        css.Append("@font-face { font-family: \"").Append(family).Append("\"; font-display: block; src: url(data:font/otf;base64,")
            .Append(Convert.ToBase64String(subset)).Append(") format(\"opentype\"); }\n");
        css.Append(":root { --sans: \"").Append(family).Append("\", system-ui, sans-serif; }\n");
        // Chart text is laid out with the chart font's advances: draw it with the same font.
        css.Append("figure.chart svg text { font-family: var(--sans); }\n");
        return css.ToString();
    }
}
