using GovText.Core.Errors;
using ScottPlot;
using SkiaSharp;

namespace GovText.Charts.Tests;

public sealed class ChartFontTests
{
    [Fact]
    public void By_default_the_embedded_typeface_is_used_whatever_is_installed()
    {
        var font = ChartFontResolver.Resolve(null, ["社会治理", "Social governance", "基層治理"], out var warning);
        Assert.Null(warning);
        Assert.True(font.HasChinese);
        Assert.Equal(ChartFontResolver.EmbeddedFamily, font.FamilyName);
        Assert.Equal(ChartFontResolver.EmbeddedSource, font.Source);
        Assert.Same(ChartFontResolver.EmbeddedTypeface, font.Typeface);
    }

    [Fact]
    public void The_embedded_typeface_has_every_character_of_gb2312_and_big5_and_the_text_characters_charts_draw()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var missing = new List<string>();
        foreach (var (name, first, lasts) in new[] { ("gb2312", 0xB0, 0xF7), ("big5", 0xA4, 0xF9) })
        {
            var encoding = System.Text.Encoding.GetEncoding(name, System.Text.EncoderFallback.ExceptionFallback, System.Text.DecoderFallback.ReplacementFallback);
            for (var b1 = first; b1 <= lasts; b1++)
                for (var b2 = 0x40; b2 <= 0xFE; b2++)
                {
                    var s = encoding.GetString([(byte)b1, (byte)b2]);
                    if (s.Length == 1 && s[0] >= 0x4E00 && s[0] <= 0x9FFF) missing.AddRange(ChartFontResolver.Missing(ChartFontResolver.EmbeddedTypeface, s));
                }
        }
        missing.AddRange(ChartFontResolver.Missing(ChartFontResolver.EmbeddedTypeface, "Aa0.,-+E²×≥℃①（），。、；：“”《》—…·ǎéü"));
        Assert.Empty(missing);
        // A character of CJK Extension A is not in the subset: such text is reported, not drawn as a box silently.
        Assert.Equal(["㐀"], ChartFontResolver.Missing(ChartFontResolver.EmbeddedTypeface, "㐀社"));
    }

    [Fact]
    public void A_chinese_label_rendered_to_png_has_real_glyphs_not_boxes()
    {
        // Each character alone as a plot title: real glyphs give four different images with ink; a font without them
        // draws the same .notdef (a box or nothing) each time.
        var font = ChartFontResolver.Resolve(null, ["社会治理"], out _);
        var images = "社会治理".Select(c => Ink(font.FontName, c.ToString())).ToList();
        Assert.All(images, i => Assert.True(i.Count(b => b) > 20, "the glyph left ink"));
        for (var i = 0; i < images.Count; i++)
            for (var j = i + 1; j < images.Count; j++)
                Assert.False(images[i].SequenceEqual(images[j]), $"characters {i} and {j} rendered the same: boxes, not glyphs");

        // The same characters with a font that lacks them are identical boxes: the check above can fail.
        var latin = ChartFontResolver.Resolve(TestFonts.LatinOnly, ["社会"], out _);
        Assert.True(Ink(latin.FontName, "社").SequenceEqual(Ink(latin.FontName, "会")));
    }

    private static bool[] Ink(string fontName, string text)
    {
        var plot = new Plot();
        plot.HideAxesAndGrid();
        plot.Axes.Title.IsVisible = true;
        plot.Title(text, 40);
        plot.Axes.Title.Label.FontName = fontName;
        plot.Axes.Title.Label.Bold = false;
        using var bitmap = SKBitmap.Decode(plot.GetImageBytes(120, 90, ImageFormat.Png));
        var ink = new bool[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
                ink[y * bitmap.Width + x] = bitmap.GetPixel(x, y).Red < 128;
        return ink;
    }

    [Theory]
    [InlineData("", "Noto Sans CJK SC")] // no face given: the collection's Simplified Chinese face, not the first (JP)
    [InlineData("#0", "Noto Sans CJK JP")]
    [InlineData("#1", "Noto Sans CJK SC")]
    [InlineData("#noto sans cjk jp", "Noto Sans CJK JP")]
    public void A_face_of_a_collection_is_chosen_by_index_or_family_name(string face, string family)
    {
        var font = ChartFontResolver.Resolve(TestFonts.TwoFaces + face, ["社会治理"], out var warning);
        Assert.Null(warning);
        Assert.Equal(family, font.FamilyName);
        Assert.Contains("#0 Noto Sans CJK JP, #1 Noto Sans CJK SC", font.Source);
        // The source names the font setting, which the front end spells (the CLI: --font FILE#N).
        Assert.StartsWith(GovText.Core.Errors.SettingText.Name("font") + " ", font.Source);
    }

    [Theory]
    [InlineData("#2", "has 2 face(s)")]
    [InlineData("#Noto Sans CJK KR", "no face has that family name")]
    public void An_unknown_face_is_a_configuration_error_listing_the_faces(string face, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => new ChartOptions { FontFile = TestFonts.TwoFaces + face }.Validate());
        Assert.Contains(message, error.Message);
        Assert.Contains("#1 Noto Sans CJK SC", error.Message);
        Assert.Equal("font", error.Setting);
    }

    [Fact]
    public void A_missing_or_unreadable_font_file_is_a_configuration_error()
    {
        Assert.Contains("does not exist", Assert.Throws<ConfigurationException>(() => new ChartOptions { FontFile = "/nonexistent/x.ttf" }.Validate()).Message);
        using var dir = GovText.Tests.TestEnvironment.CreateTempDir();
        var notAFont = Path.Combine(dir.Path, "notes.ttf");
        File.WriteAllText(notAFont, "not a font");
        Assert.Contains("not a font file", Assert.Throws<ConfigurationException>(() => new ChartOptions { FontFile = notAFont }.Validate()).Message);
    }
}
