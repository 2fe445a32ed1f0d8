using System.Globalization;
using GovText.Core.Comparison;
using GovText.Core.Errors;

namespace GovText.Charts;

/// <summary>Draws the comparison charts (PNG and SVG) into a folder, with a font that has a glyph for every character drawn.</summary>
/// <param name="options">Chart size, resolution, labels and font.</param>
public sealed class ChartRenderer(ChartOptions options) : IChartRenderer
{
    /// <summary>The options every chart is drawn with.</summary>
    public ChartOptions Options => options;

    /// <inheritdoc/>
    public void Validate() => options.Validate();

    /// <inheritdoc/>
    public ChartStageResult Draw(ChartData data, string folder) => RenderAll(data, options, folder);

    /// <summary>
    /// Draws every chart the data allows into <paramref name="folder"/>: bars and heatmap always; the trend when some
    /// document has a year; the keyness charts when keyness rows are given; the network when concepts were matched.
    /// A chart that cannot be drawn is named in a note, never drawn empty.
    /// </summary>
    public static ChartRenderResult RenderAll(ChartData data, ChartOptions options, string folder)
    {
        // Every number drawn (ScottPlot's automatic tick labels included) in the invariant culture: a chart drawn
        // under de-DE must not read "0,5", and must be byte-identical to one drawn anywhere else.
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return RenderAllInvariant(data, options, folder);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static ChartRenderResult RenderAllInvariant(ChartData data, ChartOptions options, string folder)
    {
        options.Validate();
        Directory.CreateDirectory(folder);
        var warnings = new List<string>();
        var notes = new List<string>();

        var font = ChartFontResolver.Resolve(options.FontFile, LabelStrings(data, options.Labels), out var fontWarning);
        var labels = options.Labels;
        if (fontWarning is not null)
        {
            warnings.Add(fontWarning);
            labels = LabelMode.En;
        }
        // Words are data, not labels: those the font cannot draw are left out of the chart (the CSV has them all).
        var wordKeyness = data.WordKeyness?.Where(r => font.MissingGlyphs(r.Item).Count == 0).ToList();
        if (data.WordKeyness is not null && wordKeyness!.Count < data.WordKeyness.Count)
        {
            var left = data.WordKeyness.Where(r => font.MissingGlyphs(r.Item).Count > 0).ToList();
            var glyphs = left.SelectMany(r => font.MissingGlyphs(r.Item)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(12);
            warnings.Add($"{left.Count} word(s) of keyness_words.csv left out of its chart: font {font.FamilyName} ({font.Source}) has no glyph for " +
                         $"'{string.Concat(glyphs)}' (e.g. '{left[0].Item}'); pass {SettingText.Name("font", "FILE")} with a font that covers them");
        }

        var charts = new List<RenderedChart>();
        var palette = ConceptPalette.For(data);
        ChartContext New() => new(options, font, labels, palette);
        // All-zero bars and an empty heatmap would say nothing a reader could use.
        if (data.GroupRows.Any(r => r.Count > 0))
        {
            if (GroupBarChart.Draw(data, New(), folder, out var barNote) is { } bars) charts.Add(bars);
            else notes.Add(barNote!);
            charts.Add(HeatmapChart.Draw(data, New(), folder));
        }
        else notes.Add("no concept was found in any group: bar chart and heatmap not drawn");

        if (data.YearRows.Count > 0) charts.Add(TrendChart.Draw(data, New(), folder));
        else notes.Add("no document has a numeric year: trend chart not drawn");

        if (data.ConceptKeyness is { Count: > 0 } ck) charts.Add(KeynessChart.Draw(ck, concepts: true, data, New(), folder));
        // The whole table goes to the chart (significance is decided over every word tested); it leaves out what the font cannot draw.
        if (wordKeyness is { Count: > 0 }) charts.Add(KeynessChart.Draw(data.WordKeyness!, concepts: false, data, New(), folder));
        if (data.ConceptKeyness is null) notes.Add($"no {SettingText.Name("target")} given: keyness charts not drawn");

        if (data.ConceptMatches.Values.Any(n => n > 0)) charts.Add(CooccurrenceNetworkChart.Draw(data, New(), folder));
        else notes.Add("no concept matches: co-occurrence network not drawn");

        // Last line of defence: anything drawn that the font cannot show is reported rather than silently boxed.
        var uncovered = charts.SelectMany(c => c.DrawnStrings).SelectMany(font.MissingGlyphs).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        if (uncovered.Count > 0)
            warnings.Add($"font {font.FamilyName} has no glyph for '{string.Concat(uncovered.Take(12))}'; these characters may be drawn as boxes: pass {SettingText.Name("font", "FILE")} with a font that covers them");
        return new ChartRenderResult(charts, font, labels, warnings, notes);
    }

    private static List<string> LabelStrings(ChartData data, LabelMode mode)
    {
        var strings = new List<string>();
        if (mode != LabelMode.En) strings.AddRange(data.Concepts.Select(c => c.Zh));
        strings.AddRange(data.Concepts.Select(c => c.En));
        return strings;
    }
}
