using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using GovText.Core.Errors;

namespace GovText.Report.Rendering;

/// <summary>
/// Prepares a chart's SVG file for inlining in the report: parsed as XML (never pasted as text), with anything active
/// or external removed (scripts, event handlers, foreign objects, links that leave the document), ids prefixed so
/// several charts can share one page, and a viewBox so the chart scales to the page width.
/// </summary>
internal static partial class SvgInliner
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>The inlinable markup of <paramref name="svg"/>; <paramref name="idPrefix"/> makes its ids unique in the page.</summary>
    /// <exception cref="ConfigurationException">The file is not well-formed SVG.</exception>
    public static string Inline(string svg, string idPrefix, string label, string file)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new ConfigurationException($"chart is not well-formed SVG: {ex.Message}", file, ex.LineNumber, ex);
        }
        var root = doc.Root;
        if (root is null || root.Name != Svg + "svg") throw new ConfigurationException("chart is not an SVG image (no <svg> root)", file);

        foreach (var e in root.Descendants().Where(e => e.Name.LocalName is "script" or "foreignObject").ToList()) e.Remove();
        foreach (var e in root.DescendantsAndSelf())
        {
            foreach (var a in e.Attributes().Where(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList()) a.Remove();
            foreach (var a in e.Attributes().Where(a => a.Name.LocalName == "href").ToList())
            {
                if (a.Value.StartsWith('#')) a.Value = "#" + idPrefix + a.Value[1..];
                else if (!a.Value.StartsWith("data:image/", StringComparison.Ordinal)) a.Remove();
            }
            if (e.Attribute("id") is { } id) id.Value = idPrefix + id.Value;
            foreach (var a in e.Attributes().Where(a => a.Value.Contains("url(#", StringComparison.Ordinal)))
                a.Value = a.Value.Replace("url(#", "url(#" + idPrefix, StringComparison.Ordinal);
            if (e.Name == Svg + "text")
                foreach (var a in e.Attributes().Where(a => a.Name.LocalName is "x" or "y" or "dx" or "dy"))
                    a.Value = NormalizeList(a.Value);
        }

        if (root.Attribute("viewBox") is null
            && TryLength(root.Attribute("width")?.Value, out var w) && TryLength(root.Attribute("height")?.Value, out var h))
            root.SetAttributeValue("viewBox", $"0 0 {w.ToString(CultureInfo.InvariantCulture)} {h.ToString(CultureInfo.InvariantCulture)}");
        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-label", label);
        root.SetAttributeValue(XNamespace.Xmlns + "xlink", null);
        // Keep the xlink prefix declared when something uses it.
        if (root.DescendantsAndSelf().Any(e => e.Attribute(XLink + "href") is not null))
            root.SetAttributeValue(XNamespace.Xmlns + "xlink", XLink.NamespaceName);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    // Some SVG writers end coordinate lists with ", " (x="1, 2, "), which browsers reject as an invalid length list.
    private static string NormalizeList(string value) =>
        string.Join(' ', ListSeparator().Split(value).Where(s => s.Length > 0));

    private static bool TryLength(string? value, out double length) =>
        double.TryParse(value?.Replace("px", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out length);

    [GeneratedRegex(@"[\s,]+")]
    private static partial Regex ListSeparator();
}
