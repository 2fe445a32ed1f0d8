using GovText.Core.Comparison;
using ScottPlot;

namespace GovText.Charts;

/// <summary>
/// Chart 3: concept rate by year, one line per concept (and language). A year without documents is a gap: the line
/// stops and resumes; it is never drawn as zero and never joined across the missing years.
/// </summary>
internal static class TrendChart
{
    public const string Name = "concept_trends";

    public static RenderedChart Draw(ChartData data, ChartContext ctx, string folder)
    {
        var (languages, left) = TrendLanguages(data.YearRows);
        var rows = data.YearRows.Where(r => languages.Contains(r.Language, StringComparer.Ordinal)).ToList();
        var multiLanguage = languages.Count > 1;
        var (concepts, shown) = ctx.TopConcepts(data.Concepts, rows);
        var only = left.Count == 0 ? "" : $"; {string.Join(", ", languages)} text only";
        var plot = ctx.NewPlot(
            $"{data.MentionsLabel} per 10,000 word tokens by year{shown} (gaps: years without documents{only})",
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

    /// <summary>
    /// The languages worth a trend line: those with text in at least half as many years as the best-covered language.
    /// A language present in a year or two (the one English report among 56 Chinese ones) would add a legend entry per
    /// concept and isolated dots; its rates stay in concept_by_group.csv.
    /// </summary>
    internal static (List<string> Shown, List<string> Left) TrendLanguages(IReadOnlyList<ConceptGroupRow> rows)
    {
        var years = rows.GroupBy(r => r.Language, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Where(r => r.Docs > 0).Select(r => r.Group).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var most = years.Count == 0 ? 0 : years.Values.Max();
        var shown = years.Where(p => p.Value * 2 >= most).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var left = years.Keys.Except(shown, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (shown, left);
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
