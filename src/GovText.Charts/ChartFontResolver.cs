using System.Text;
using GovText.Core.Errors;
using ScottPlot;
using SkiaSharp;

namespace GovText.Charts;

/// <summary>
/// Finds a typeface with glyphs for every string a chart run draws, so Chinese never renders as empty boxes,
/// and makes ScottPlot use exactly that typeface for every text element.
/// </summary>
/// <remarks>
/// Order: <c>--font FILE</c>; SkiaSharp's character match for a Chinese character (works where SkiaSharp uses
/// fontconfig); well-known CJK families by name; every installed family, in ordinal order. SkiaSharp's
/// self-contained Linux build has no fontconfig, so the character match returns nothing there and the family
/// lookups are what find Noto Sans CJK.
/// </remarks>
public static class ChartFontResolver
{
    /// <summary>How to get a CJK font on Debian/Ubuntu, for warnings and docs.</summary>
    public const string InstallHint = "install a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk) or pass --font FILE";

    private static readonly string[] PreferredFamilies =
    [
        "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans CJK TC",
        "Noto Sans CJK JP", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
        "Hiragino Sans GB", "SimHei", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN",
    ];

    // For English-only charts where no CJK family is installed: a sans-serif face, not SkiaSharp's default (a serif on Debian).
    private static readonly string[] LatinFamilies = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans", "FreeSans"];

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (SKTypeface Regular, SKTypeface Bold)> Registered = new(StringComparer.Ordinal);
    private static bool _resolverAdded;

    /// <summary>
    /// Chooses the typeface for <paramref name="strings"/>. Returns a font whose <see cref="ChartFont.HasChinese"/> is
    /// false (with a warning in <paramref name="warning"/>) when no font has every glyph: the caller then draws English.
    /// </summary>
    /// <exception cref="ConfigurationException"><paramref name="fontFile"/> cannot be loaded as a font.</exception>
    public static ChartFont Resolve(string? fontFile, IReadOnlyCollection<string> strings, out string? warning)
    {
        warning = null;
        var text = string.Concat(strings);
        var needsWide = Missing(SKTypeface.Default, text).Count > 0;

        if (fontFile is not null)
        {
            var typeface = SKTypeface.FromFile(fontFile)
                ?? throw new ConfigurationException($"--font '{fontFile}' is not a font file SkiaSharp can read (TTF, OTF or TTC)");
            var missing = Missing(typeface, text);
            if (missing.Count > 0)
                warning = $"--font '{fontFile}' ({typeface.FamilyName}) has no glyph for {Sample(missing)}; drawing English labels instead. " +
                          "Choose a font that covers them, or " + InstallHint;
            return Register($"file:{Path.GetFullPath(fontFile)}", typeface, null, "--font " + fontFile, missing.Count == 0);
        }

        var manager = SKFontManager.Default;
        var firstWide = FirstMissing(SKTypeface.Default, text);
        if (firstWide is not null)
        {
            var matched = manager.MatchCharacter(null, SKFontStyle.Normal, ["zh-Hans", "zh-CN"], firstWide.Value.Value);
            if (matched is not null && Missing(matched, text).Count == 0)
                return Register("family:" + matched.FamilyName, matched, manager, $"character match for U+{firstWide.Value:X4}", true,
                    LatinCompanion(manager));
        }

        var installed = manager.FontFamilies.ToHashSet(StringComparer.Ordinal);
        var latin = LatinFamilies.Where(installed.Contains).Select(f => manager.MatchFamily(f))
            .FirstOrDefault(t => t is not null && Missing(t, "Aa0²").Count == 0);
        // Latin-only text is drawn with a Latin face: ScottPlot centres text on metrics that CJK faces make tall,
        // which lifts tick labels off their ticks; a Latin face keeps them centred.
        if (!needsWide && latin is not null && Missing(latin, text).Count == 0)
            return Register("family:" + latin.FamilyName, latin, manager, "sans-serif family (no Chinese to draw)", true);
        var candidates = PreferredFamilies.Where(installed.Contains)
            .Concat(installed.Except(PreferredFamilies, StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal));
        foreach (var family in needsWide ? candidates : PreferredFamilies.Where(installed.Contains))
        {
            // Not disposed: SkiaSharp may hand out one shared managed typeface per native face, still used by charts.
            var typeface = manager.MatchFamily(family);
            if (typeface is null || Missing(typeface, text).Count > 0) continue;
            var source = PreferredFamilies.Contains(family, StringComparer.Ordinal) ? "preferred CJK family" : "installed family scan";
            return Register("family:" + family, typeface, manager, source, true, latin);
        }

        var fallback = latin ?? SKTypeface.Default;
        if (needsWide)
            warning = $"no installed font has glyphs for {Sample(Missing(fallback, text))}; drawing English labels instead. To draw Chinese, " + InstallHint;
        return Register("family:" + fallback.FamilyName, fallback, manager, "default typeface", !needsWide);
    }

    /// <summary>The code points of <paramref name="text"/> that <paramref name="typeface"/> has no glyph for (whitespace and controls ignored).</summary>
    public static IReadOnlyList<string> Missing(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune)) continue;
            var s = rune.ToString();
            if (font.GetGlyphs(s).Any(g => g == 0)) missing.Add(s);
        }
        return missing.ToList();
    }

    private static Rune? FirstMissing(SKTypeface typeface, string text)
    {
        var missing = Missing(typeface, text);
        return missing.Count == 0 ? null : Rune.GetRuneAt(missing[0], 0);
    }

    private static string Sample(IReadOnlyList<string> missing) =>
        "'" + string.Concat(missing.Take(12)) + (missing.Count > 12 ? "…" : "") + "'";

    private static SKTypeface? LatinCompanion(SKFontManager manager)
    {
        var installed = manager.FontFamilies.ToHashSet(StringComparer.Ordinal);
        return LatinFamilies.Where(installed.Contains).Select(f => manager.MatchFamily(f))
            .FirstOrDefault(t => t is not null && Missing(t, "Aa0²").Count == 0);
    }

    private static ChartFont Register(string key, SKTypeface regular, SKFontManager? manager, string source, bool hasChinese,
        SKTypeface? latin = null)
    {
        var main = RegisterName(key, regular, manager);
        if (latin is null || latin.FamilyName == regular.FamilyName)
            return new ChartFont(main, regular.FamilyName, source, regular, hasChinese);
        var latinName = RegisterName("family:" + latin.FamilyName, latin, manager);
        return new ChartFont(main, regular.FamilyName, source, regular, hasChinese) { LatinFontName = latinName, LatinTypeface = latin };
    }

    private static string RegisterName(string key, SKTypeface regular, SKFontManager? manager)
    {
        // ScottPlot looks fonts up by name through a global resolver list; a name private to GovText makes every
        // text element (titles, ticks, legend, annotations) resolve to exactly this typeface.
        var name = "GovText " + key;
        lock (Gate)
        {
            if (!Registered.ContainsKey(name))
            {
                var bold = manager?.MatchFamily(regular.FamilyName, SKFontStyle.Bold);
                Registered[name] = (regular, bold is not null && Missing(bold, "a").Count == 0 ? bold : regular);
            }
            if (!_resolverAdded)
            {
                Fonts.FontResolvers.Insert(0, new Resolver());
                _resolverAdded = true;
            }
        }
        return name;
    }

    private sealed class Resolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
        {
            lock (Gate)
            {
                if (!Registered.TryGetValue(fontName, out var pair)) return null;
                // A bold face of a CJK family may lack glyphs the regular face verified; use it only if it covers them.
                return bold ? pair.Bold : pair.Regular;
            }
        }
    }
}
