using System.IO.Compression;
using System.Text;
using ScottPlot;
using GovText.Core.Errors;
using SkiaSharp;

namespace GovText.Charts;

/// <summary>
/// The typeface of a chart run: the Noto Sans CJK SC subset embedded in GovText (the same on every machine, whatever
/// fonts it has installed), or the <c>--font</c> file; and the glue that makes ScottPlot draw every text with it.
/// </summary>
public static class ChartFontResolver
{
    /// <summary>The family name of the embedded typeface.</summary>
    public const string EmbeddedFamily = "Noto Sans CJK SC";

    /// <summary>How the embedded typeface is named as a source.</summary>
    public const string EmbeddedSource = "embedded subset";

    private const string EmbeddedResource = "GovText.Charts.Resources.NotoSansCJKsc-Regular.subset.otf.gz";

    private static readonly Lazy<SKTypeface> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, SKTypeface> Registered = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, (SKTypeface Typeface, string Source)> Loaded = new(StringComparer.Ordinal);
    private static bool _resolverAdded;

    /// <summary>The embedded typeface (loaded once per process).</summary>
    public static SKTypeface EmbeddedTypeface => Embedded.Value;

    /// <summary>
    /// Chooses the typeface for <paramref name="strings"/>: <paramref name="fontFile"/> (a <see cref="FontFileSpec"/>)
    /// when given, else the embedded one. When it lacks a glyph the strings need, the result's
    /// <see cref="ChartFont.HasChinese"/> is false and <paramref name="warning"/> names the characters: the caller then
    /// draws English labels.
    /// </summary>
    /// <exception cref="Core.Errors.ConfigurationException"><paramref name="fontFile"/> cannot be loaded as a font.</exception>
    public static ChartFont Resolve(string? fontFile, IReadOnlyCollection<string> strings, out string? warning)
    {
        warning = null;
        var text = string.Concat(strings);
        SKTypeface typeface;
        string source, key;
        if (fontFile is not null)
        {
            var spec = FontFileSpec.Parse(fontFile);
            key = $"file:{Path.GetFullPath(spec.Path)}#{spec.Face}";
            lock (Gate)
            {
                // One typeface per file and face for the process: ScottPlot resolves the name to the first one registered.
                if (Loaded.TryGetValue(key, out var loaded)) (typeface, source) = loaded;
                else
                {
                    typeface = spec.Load(out source);
                    Loaded[key] = (typeface, source);
                }
            }
        }
        else
        {
            typeface = EmbeddedTypeface;
            source = EmbeddedSource;
            key = "embedded";
        }
        var missing = Missing(typeface, text);
        if (missing.Count > 0)
            warning = $"font {typeface.FamilyName} ({source}) has no glyph for {Sample(missing)}; drawing English labels instead. " +
                      $"Pass {SettingText.Name("font", "FILE")} with a font that covers them";
        return new ChartFont(Register(key, typeface), typeface.FamilyName, source, typeface, missing.Count == 0);
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

    private static SKTypeface LoadEmbedded()
    {
        using var resource = typeof(ChartFontResolver).Assembly.GetManifestResourceStream(EmbeddedResource)
            ?? throw new InvalidOperationException($"resource {EmbeddedResource} is missing from the GovText.Charts assembly");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var otf = new MemoryStream();
        gzip.CopyTo(otf);
        // SKData copies the bytes into native memory that lives as long as the typeface (the whole process).
        var data = SKData.CreateCopy(otf.GetBuffer().AsSpan(0, (int)otf.Length));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"resource {EmbeddedResource} is not a font SkiaSharp can read");
    }

    private static string Sample(IReadOnlyList<string> missing) =>
        "'" + string.Concat(missing.Take(12)) + (missing.Count > 12 ? "…" : "") + "'";

    private static string Register(string key, SKTypeface typeface)
    {
        // ScottPlot looks fonts up by name through a global resolver list; a name private to GovText makes every
        // text element (titles, ticks, legend, annotations) resolve to exactly this typeface, never an installed one.
        var name = "GovText " + key;
        lock (Gate)
        {
            Registered.TryAdd(name, typeface);
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

        // Regular for every weight: the charts ask for no bold text, and a synthetic bold would differ between renderers.
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
        {
            lock (Gate) return Registered.GetValueOrDefault(fontName);
        }
    }
}
