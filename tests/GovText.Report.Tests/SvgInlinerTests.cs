using GovText.Report.Rendering;

namespace GovText.Report.Tests;

public sealed class SvgInlinerTests
{
    private const string Chart =
        "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\">" +
        "<defs><clipPath id=\"cl_1\"><rect width=\"4\" height=\"2\"/></clipPath></defs><script>alert(1)</script>" +
        "<g clip-path=\"url(#cl_1)\" onload=\"alert(2)\"><text x=\"1.5, 9.25, \" y=\"6, \">治理</text></g>" +
        "<a href=\"https://example.org/\"><rect width=\"1\" height=\"1\"/></a></svg>";

    [Fact]
    public void Inlined_chart_is_scaled_scoped_and_inert()
    {
        var svg = SvgInliner.Inline(Chart, "c3-", "Trends", "trend.svg");

        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 200\" role=\"img\" aria-label=\"Trends\">", svg);
        Assert.Contains("<clipPath id=\"c3-cl_1\">", svg);
        Assert.Contains("clip-path=\"url(#c3-cl_1)\"", svg);
        Assert.Contains("<text x=\"1.5 9.25\" y=\"6\">治理</text>", svg);
        Assert.DoesNotContain("script", svg);
        Assert.DoesNotContain("onload", svg);
        Assert.DoesNotContain("example.org", svg);
        Assert.DoesNotContain("width=\"400\"", svg);
    }

    [Fact]
    public void Malformed_chart_is_a_clear_error_naming_the_file()
    {
        var ex = Assert.Throws<GovText.Core.Errors.ConfigurationException>(() => SvgInliner.Inline("<svg><g></svg>", "c0-", "x", "charts/bad.svg"));
        Assert.Equal("charts/bad.svg", ex.File);
    }
}
