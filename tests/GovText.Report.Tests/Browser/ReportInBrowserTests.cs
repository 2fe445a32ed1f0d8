using System.Text.Json;
using GovText.Tests;
using SkiaSharp;

namespace GovText.Report.Tests.Browser;

/// <summary>report.html rendered by headless Chromium, as a reader opens it from a USB stick or an e-mail.</summary>
public sealed class ReportInBrowserTests
{
    [BrowserFact]
    public async Task Report_loads_offline_cleanly_with_charts_and_real_Chinese_glyphs()
    {
        using var results = ResultsFixture.Create();
        using var outDir = TestEnvironment.CreateTempDir();
        var file = outDir.File("report.html");
        HtmlReport.Write(results.Path, file, new ReportOptions { Font = TestFonts.Cjk });

        await using var browser = await Chromium.Start(1280, 900);
        await browser.Open(file);
        var pageUrl = new Uri(file).AbsoluteUri;

        var problems = browser.Events.SelectMany(e => Problem(e.Method, e.Params, pageUrl)).ToList();
        Assert.Empty(problems);

        using (var shot = SKBitmap.Decode(await browser.Screenshot()))
        {
            Assert.Equal(1280, shot.Width);
            var (inked, colours) = Ink(shot);
            Assert.True(inked > 0.02, $"screenshot nearly blank: {inked:P1} of pixels differ from white");
            Assert.True(colours >= 16, $"screenshot has only {colours} colours");
        }

        var charts = await browser.Evaluate(
            "Array.from(document.querySelectorAll('figure.chart svg')).map(s => { const r = s.getBoundingClientRect(); return [r.width, r.height]; })");
        Assert.Equal(1, charts.GetArrayLength());
        foreach (var size in charts.EnumerateArray())
        {
            Assert.True(size[0].GetDouble() > 300, "chart width " + size[0]);
            Assert.True(size[1].GetDouble() > 100, "chart height " + size[1]);
        }

        // The Chinese of the page and of the inline SVG chart is drawn by the embedded web font, not a fallback or tofu.
        foreach (var selector in new[] { "#kwic mark", "figure.chart svg text", "h1" })
        {
            var fonts = await browser.FontsFor(selector);
            Assert.NotEmpty(fonts);
            Assert.True(fonts.All(f => f.Custom && f.Family == TestFonts.Cjk.Family), $"{selector}: drawn with {string.Join(", ", fonts)}");
            Assert.All(fonts, f =>
            {
                Assert.Equal(TestFonts.Cjk.Family, f.Family);
                Assert.True(f.Custom, $"{selector}: drawn with the platform font {f.Family}, not the embedded one");
                Assert.True(f.Glyphs > 0);
            });
        }
    }

    [BrowserFact]
    public async Task Report_fits_a_phone_screen()
    {
        using var results = ResultsFixture.Create();
        using var outDir = TestEnvironment.CreateTempDir();
        var file = outDir.File("report.html");
        HtmlReport.Write(results.Path, file, new ReportOptions { Font = TestFonts.Cjk });

        await using var browser = await Chromium.Start(390, 844, mobile: true);
        await browser.Open(file);
        // Wide tables scroll inside their own box; the page itself never scrolls sideways.
        var overflow = await browser.Evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var wide = await browser.Evaluate(
            "Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !(e.parentElement && e.parentElement.closest('table')))" +
            ".slice(0, 8).map(e => { const p = []; for (let a = e; a; a = a.parentElement) p.push(a.tagName + '.' + a.className + ':' + Math.round(a.getBoundingClientRect().right)); return p.join(' < '); })");
        Assert.True(overflow.GetDouble() == 0, $"the page is {overflow} px wider than the screen: {wide}");
    }

    private static IEnumerable<string> Problem(string method, JsonElement p, string pageUrl)
    {
        switch (method)
        {
            case "Runtime.exceptionThrown":
                yield return "exception: " + p;
                break;
            case "Runtime.consoleAPICalled" when p.GetProperty("type").GetString() is "error" or "assert":
                yield return "console error: " + p;
                break;
            case "Log.entryAdded" when p.GetProperty("entry").GetProperty("level").GetString() == "error":
                yield return "log error: " + p.GetProperty("entry");
                break;
            case "Network.requestWillBeSent":
                var url = p.GetProperty("request").GetProperty("url").GetString() ?? "";
                if (url != pageUrl && !url.StartsWith("data:", StringComparison.Ordinal)) yield return "network request: " + url;
                break;
        }
    }

    private static (double Inked, int Colours) Ink(SKBitmap bitmap)
    {
        var colours = new HashSet<uint>();
        long inked = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                colours.Add((uint)c);
                if (c.Red < 235 || c.Green < 235 || c.Blue < 235) inked++;
            }
        return (inked / ((bitmap.Height / 2.0) * (bitmap.Width / 2.0)), colours.Count);
    }
}
