using GovText.Charts;
using SkiaSharp;

namespace GovText.Charts.Tests;

/// <summary>A fact that needs an installed font with Chinese glyphs; skipped with the reason where there is none.</summary>
internal sealed class CjkFontFactAttribute : FactAttribute
{
    public CjkFontFactAttribute()
    {
        var font = ChartFontResolver.Resolve(null, ["社会治理协同元"], out _);
        if (!font.HasChinese)
            Skip = "no installed font has Chinese glyphs (Debian: apt-get install fonts-noto-cjk); this test renders Chinese labels";
    }
}

/// <summary>A fact that needs an installed font file without Chinese glyphs, to exercise the English fallback.</summary>
internal sealed class LatinFontFactAttribute : FactAttribute
{
    public LatinFontFactAttribute()
    {
        if (LatinOnlyFontFile() is null) Skip = "no Latin-only font file (TTF/OTF) under /usr/share/fonts to simulate a machine without CJK fonts";
    }

    public static string? LatinOnlyFontFile()
    {
        const string root = "/usr/share/fonts";
        if (!Directory.Exists(root)) return null;
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            using var typeface = SKTypeface.FromFile(file);
            if (typeface is null) continue;
            if (ChartFontResolver.Missing(typeface, "社").Count == 1 && ChartFontResolver.Missing(typeface, "Social governance 0123").Count == 0)
                return file;
        }
        return null;
    }
}
