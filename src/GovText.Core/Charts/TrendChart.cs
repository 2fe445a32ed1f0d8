using GovText.Core.Comparison;
using ScottPlot;

namespace GovText.Core.Charts;

/// <summary>
/// Chart 3: concept rate by year, one line per concept (and language). A year without documents is a gap: the line
/// stops and resumes; it is never drawn as zero and never joined across the missing years.
/// </summary>
internal static class TrendChart
{
    public const string Name = "concept_trends";

    public static RenderedChart Draw(ChartData data, ChartContext ctx, string folder)
    {
        var rows = data.YearRows;
        var languages = rows.Select(r => r.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var multiLanguage = languages.Count > 1;
        var (concepts, shown) = ctx.TopConcepts(data.Concepts, rows);
        var plot = ctx.NewPlot(
            $"Concept mentions per 10,000 word tokens by year{shown} (gaps: years without documents)",
            "Year", "Mentions per 10,000 word tokens");

        foreach (var c in concepts)
            foreach (var language in languages)
            {
                var points = rows.Where(r => r.ConceptId == c.Id && r.Language == language && !double.IsNaN(r.Per10k))
                    .Select(r => (Ok: GroupOrder.TryNumber(r.Group, out var year), Year: year, r.Per10k, r.Count))
                    .Where(p => p.Ok).OrderBy(p => p.Year).ToList();
                if (points.Count == 0 || points.All(p => p.Count == 0)) continue;
                var color = ConceptPalette.ForOrder(c.Order);
                var first = true;
                foreach (var segment in Segments(points.Select(p => (p.Year, p.Per10k)).ToList()))
                {
                    var line = plot.Add.ScatterLine(segment.Select(p => p.Year).ToArray(), segment.Select(p => p.Value).ToArray(), color);
                    line.LineWidth = 2;
                    line.MarkerSize = 5;
                    line.MarkerShape = language == "en" ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
                    line.LinePattern = language == "en" ? LinePattern.Dashed : LinePattern.Solid;
                    if (first)
                        ctx.Legend(new LegendEntry(ctx.ConceptLabel(c) + (multiLanguage ? $" [{language}]" : ""), color,
                            Filled: false, Dashed: language == "en", OpenMarker: language == "en"));
                    first = false;
                }
            }

        ChartContext.YearTicks(plot.Axes.Bottom);
        plot.Axes.Margins(bottom: 0.03, top: 0.05);
        return ctx.Save(plot, folder, Name);
    }

    /// <summary>Splits year-sorted points into runs of consecutive years.</summary>
    internal static IEnumerable<List<(double Year, double Value)>> Segments(IReadOnlyList<(double Year, double Value)> points)
    {
        var run = new List<(double, double)>();
        for (var i = 0; i < points.Count; i++)
        {
            if (run.Count > 0 && points[i].Year - points[i - 1].Year > 1.0 + 1e-9)
            {
                yield return run;
                run = [];
            }
            run.Add(points[i]);
        }
        if (run.Count > 0) yield return run;
    }
}
