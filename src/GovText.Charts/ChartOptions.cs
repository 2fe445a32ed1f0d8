using GovText.Core.Comparison;
using GovText.Core.Errors;

namespace GovText.Charts;

/// <summary>Chart size, resolution, labels and font. Sizes are in points at 96 per inch, so the layout is the same at every dpi.</summary>
public sealed record ChartOptions
{
    /// <summary>Chart width in points (1/96 inch); the PNG is Width × Dpi / 96 pixels wide.</summary>
    public int Width { get; init; } = 1200;

    /// <summary>Chart height in points (1/96 inch).</summary>
    public int Height { get; init; } = 700;

    /// <summary>PNG resolution; 300 for print. The SVG is vector and uses Width × Height.</summary>
    public int Dpi { get; init; } = 96;

    /// <summary>Concept labels: English, Chinese or both.</summary>
    public LabelMode Labels { get; init; } = LabelMode.En;

    /// <summary>
    /// A font file (TTF/OTF/TTC, a collection's face chosen by <c>#N</c> or <c>#Family Name</c>, see <see cref="FontFileSpec"/>)
    /// to draw every text with; null for the typeface embedded in GovText (the same on every machine).
    /// </summary>
    public string? FontFile { get; init; }

    /// <summary>How many concepts the bar and trend charts show (those with the most matches); more lines or bars are unreadable.</summary>
    public int TopConcepts { get; init; } = 8;

    /// <summary>
    /// How many items each keyness chart shows on each side (largest |G2|): this many relatively more frequent in the
    /// target and as many more frequent in the reference, so one side never crowds the other out.
    /// </summary>
    public int KeynessTop { get; init; } = 10;

    /// <summary>The unit whose co-mentions weight the network's edges: <c>sentence</c>, <c>paragraph</c> or <c>document</c>.</summary>
    public string NetworkUnit { get; init; } = "sentence";

    /// <summary>PNG pixel width.</summary>
    public int PixelWidth => (int)Math.Round(Width * (double)Dpi / 96.0);

    /// <summary>PNG pixel height.</summary>
    public int PixelHeight => (int)Math.Round(Height * (double)Dpi / 96.0);

    /// <summary>Fails with a <see cref="ConfigurationException"/> on values no chart can be drawn with.</summary>
    public void Validate()
    {
        if (Width is < 200 or > 10_000)
            throw ConfigurationException.ForSetting("width", $"a chart's width must be between 200 and 10000 points (got {Width}×{Height})");
        if (Height is < 150 or > 10_000)
            throw ConfigurationException.ForSetting("height", $"a chart's height must be between 150 and 10000 points (got {Width}×{Height})");
        if (Dpi is < 50 or > 1200)
            throw ConfigurationException.ForSetting("dpi", $"a chart's resolution must be between 50 and 1200 dpi (got {Dpi})");
        if ((long)PixelWidth * PixelHeight > 200_000_000)
            throw ConfigurationException.ForSetting("dpi", $"{PixelWidth}×{PixelHeight} pixels is too large; lower the resolution or the size");
        if (TopConcepts < 1 || KeynessTop < 1)
            throw new ConfigurationException("the number of concepts or items per chart must be at least 1");
        if (!CoMentions.UnitNames.Contains(NetworkUnit, StringComparer.Ordinal))
            throw new ConfigurationException($"network unit '{NetworkUnit}' must be one of: {string.Join(", ", CoMentions.UnitNames)}");
        if (FontFile is not null) FontFileSpec.Parse(FontFile).Load(out _).Dispose();
    }

    /// <summary>Parses <c>en</c>, <c>zh</c> or <c>both</c>.</summary>
    /// <exception cref="ConfigurationException">Any other value.</exception>
    public static LabelMode ParseLabels(string text) => text.Trim().ToLowerInvariant() switch
    {
        "en" => LabelMode.En,
        "zh" => LabelMode.Zh,
        "both" => LabelMode.Both,
        _ => throw ConfigurationException.ForSetting("labels", $"chart labels '{text}': expected en, zh or both"),
    };
}
