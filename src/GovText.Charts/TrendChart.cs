using GovText.Core.Comparison;
using ScottPlot;
using GovText.Core.Text;

namespace GovText.Charts;

/// <summary>
/// Chart 3: concept rate by year, per concept (and language). Up to <see cref="MaxSeriesInOnePanel"/> series share one
/// panel with a legend; more get small multiples: one panel per concept, same axes everywhere, so panels compare by
/// position alone. Each series is drawn as lines between consecutive observations; a line breaks only where the
/// series' own rhythm breaks (<see cref="Segments"/>): a missing year in annual reports, a missing congress in
/// five-yearly ones. A year without documents is never drawn as zero.
/// </summary>
internal static class TrendChart
{
    public const string Name = "concept_trends";

    /// <summary>More series than this in one panel are hard to tell apart, even with a colour-blind-safe palette.</summary>
    public const int MaxSeriesInOnePanel = 4;

    /// <summary>A gap between observations longer than this many typical intervals breaks the line.</summary>
    public const double BreakFactor = 1.5;

    private sealed record Series(ConceptInfo Concept, Language Language, List<(double Year, double Value)> Points, double Interval);

    public static RenderedChart Draw(ChartData data, ChartContext ctx, string folder)
    {
        var (languages, left) = TrendLanguages(data.YearRows);
        var rows = data.YearRows.Where(r => languages.Contains(r.Language)).ToList();
        var (concepts, shown) = ctx.TopConcepts(data.Concepts, rows);
        var only = left.Count == 0 ? "" : $"; {string.Join(", ", languages.Select(ChartContext.LanguageName))} text only";

        var interval = languages.ToDictionary(l => l, l => TypicalInterval(rows.Where(r => r.Language == l && r.Docs > 0)
            .Select(r => GroupOrder.TryNumber(r.Group, out var y) ? y : double.NaN).Where(y => !double.IsNaN(y)).Distinct().Order().ToList()));
        var series = new List<Series>();
        foreach (var c in concepts)
            foreach (var language in languages)
            {
                var points = rows.Where(r => r.ConceptId == c.Id && r.Language == language && r.Docs > 0 && !double.IsNaN(r.Per10k))
                    .Select(r => (Ok: GroupOrder.TryNumber(r.Group, out var year), Year: year, r.Per10k, r.Count))
                    .Where(p => p.Ok).OrderBy(p => p.Year).ToList();
                if (points.Count == 0 || points.All(p => p.Count == 0)) continue;
                series.Add(new Series(c, language, points.Select(p => (p.Year, p.Per10k)).ToList(), interval[language]));
            }

        var rhythm = string.Join(", ", languages.Where(l => series.Any(s => s.Language == l)).Select(l =>
            (languages.Count > 1 ? ChartContext.LanguageName(l) + " " : "") + "every " + Years(interval[l])));
        var title = $"{data.MentionsLabel} per 10,000 word tokens by year{shown} (observed {rhythm}; " +
                    $"a break marks a longer gap{only})";
        return series.Count <= MaxSeriesInOnePanel
            ? OnePanel(series, languages.Count > 1, title, ctx, folder)
            : SmallMultiples(series, languages, title, ctx, folder);
    }

    private static string Years(double interval) =>
        interval == 1 ? "year" : interval.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " years";

    private static RenderedChart OnePanel(List<Series> series, bool multiLanguage, string title, ChartContext ctx, string folder)
    {
        var plot = ctx.NewPlot(title, "Year", "Mentions per 10,000 word tokens");
        var markers = new[] { MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond };
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var color = ctx.Palette.ColorOf(s.Concept);
            var english = s.Language == Language.English;
            foreach (var segment in Segments(s.Points, s.Interval))
            {
                var line = plot.Add.ScatterLine(segment.Select(p => p.Year).ToArray(), segment.Select(p => p.Value).ToArray(), color);
                line.LineWidth = 2;
                line.MarkerSize = 6;
                // A second cue besides colour: each series its own marker shape.
                line.MarkerShape = english ? MarkerShape.OpenCircle : markers[i % markers.Length];
                line.LinePattern = english ? LinePattern.Dashed : LinePattern.Solid;
            }
            ctx.Legend(new LegendEntry(ctx.ConceptLabel(s.Concept) + (multiLanguage ? $" [{s.Language}]" : ""), color,
                Filled: false, Dashed: english, OpenMarker: english));
        }
        ChartContext.YearTicks(plot.Axes.Bottom);
        plot.Axes.Margins(bottom: 0.03, top: 0.05);
        return ctx.Save(plot, folder, Name);
    }

    // One plot whose data area holds a grid of panels laid out in points and mapped to data units, so every panel
    // has exactly the same axes and the whole figure goes through the same font, PNG and SVG path as the other charts.
    private static RenderedChart SmallMultiples(List<Series> series, IReadOnlyList<Language> languages, string title, ChartContext ctx, string folder)
    {
        var panels = series.Select(s => s.Concept).Distinct().ToList();
        var columns = (int)Math.Ceiling(Math.Sqrt(panels.Count * ctx.Options.Width / (double)ctx.Options.Height / 1.2));
        columns = Math.Clamp(columns, 1, panels.Count);
        var rowsOfPanels = (int)Math.Ceiling(panels.Count / (double)columns);

        const double top = 34, leftMargin = 64, bottomMargin = 44, panelTitle = 20, gapX = 16, gapY = 10, right = 12;
        var areaW = ctx.Options.Width - right;
        var areaH = ctx.Options.Height - top;
        var pw = (areaW - leftMargin - (columns - 1) * gapX) / columns;
        var ph = (areaH - bottomMargin - rowsOfPanels * panelTitle - (rowsOfPanels - 1) * gapY) / rowsOfPanels;

        var years = series.SelectMany(s => s.Points.Select(p => p.Year)).ToList();
        var (x0, x1) = (years.Min() - 1, years.Max() + 1);
        var yMax = Math.Max(1e-9, series.SelectMany(s => s.Points.Select(p => p.Value)).Max()) * 1.08;
        var yStep = NiceStep(yMax / 4);
        var xStep = NiceStep((x1 - x0) / Math.Max(2, pw / 40));
        // Data units per point on each axis: a panel is (x1 − x0) years wide and yMax high.
        double ux = (x1 - x0) / pw, uy = yMax / ph;

        var plot = ctx.NewPlot(title, "", "");
        plot.HideAxesAndGrid();
        plot.Axes.Title.IsVisible = true;
        plot.Layout.Fixed(new PixelPadding(0, (float)right, 0, (float)top));
        plot.Axes.SetLimits(0, areaW * ux, 0, areaH * uy);

        var grid = Colors.Black.WithAlpha(0.10);
        var frame = Colors.Black.WithAlpha(0.45);
        for (var k = 0; k < panels.Count; k++)
        {
            int row = k / columns, col = k % columns;
            var left = (leftMargin + col * (pw + gapX)) * ux;
            var bottom = (bottomMargin + (rowsOfPanels - 1 - row) * (ph + panelTitle + gapY)) * uy;
            double X(double year) => left + (year - x0);
            double Y(double value) => bottom + value;

            for (var v = 0.0; v <= yMax + 1e-9; v += yStep)
            {
                plot.Add.Line(X(x0), Y(v), X(x1), Y(v)).LineStyle = new LineStyle { Width = 1, Color = grid };
                if (col == 0)
                {
                    var label = ctx.Text(plot, v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), X(x0) - 5 * ux, Y(v), ChartContext.TickFontSize);
                    label.LabelAlignment = Alignment.MiddleRight;
                }
            }
            for (var y = Math.Ceiling(x0 / xStep) * xStep; y <= x1; y += xStep)
            {
                plot.Add.Line(X(y), Y(0), X(y), Y(yMax)).LineStyle = new LineStyle { Width = 1, Color = grid };
                // Year labels under the bottom panel of each column (the last row may be incomplete), only where the
                // label fits under its own panel: at the edge it would run into the next panel's ("20201920").
                var text = y.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
                var half = ctx.MeasureText(text, ChartContext.TickFontSize) / 2 + 2;
                if (k + columns >= panels.Count && (y - x0) / ux >= half && (x1 - y) / ux >= half)
                {
                    var label = ctx.Text(plot, text, X(y), Y(0) - 4 * uy, ChartContext.TickFontSize);
                    label.LabelAlignment = Alignment.UpperCenter;
                }
            }
            var box = plot.Add.Rectangle(X(x0), X(x1), Y(0), Y(yMax));
            box.FillStyle.Color = Colors.Transparent;
            box.LineStyle = new LineStyle { Width = 1, Color = frame };
            var name = ctx.Text(plot, ctx.ConceptLabel(panels[k]), X(x0), Y(yMax) + 4 * uy, 12);
            name.LabelAlignment = Alignment.LowerLeft;
            name.LabelFontColor = ctx.Palette.ColorOf(panels[k]);

            foreach (var s in series.Where(s => s.Concept == panels[k]))
            {
                var english = s.Language == Language.English;
                foreach (var segment in Segments(s.Points, s.Interval))
                {
                    var line = plot.Add.ScatterLine(segment.Select(p => X(p.Year)).ToArray(), segment.Select(p => Y(p.Value)).ToArray(), ctx.Palette.ColorOf(s.Concept));
                    line.LineWidth = 1.8f;
                    line.MarkerSize = 4;
                    line.MarkerShape = english ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
                    line.LinePattern = english ? LinePattern.Dashed : LinePattern.Solid;
                }
            }
        }

        var xTitle = ctx.Text(plot, "Year", (leftMargin + (areaW - leftMargin) / 2) * ux, 4 * uy, 13);
        xTitle.LabelAlignment = Alignment.LowerCenter;
        var yAxisTitle = "Mentions per 10,000 word tokens (same scale in every panel)" +
                         (languages.Count > 1 ? "; solid: Chinese, dashed: English" : "");
        var yTitle = ctx.Text(plot, yAxisTitle, 6 * ux, (bottomMargin + (areaH - bottomMargin) / 2) * uy, 13);
        yTitle.LabelRotation = -90;
        yTitle.LabelAlignment = Alignment.UpperCenter;
        return ctx.Save(plot, folder, Name);
    }

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="rough"/>.</summary>
    internal static double NiceStep(double rough)
    {
        if (rough <= 0 || double.IsNaN(rough)) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var m in new[] { 1.0, 2, 5, 10 })
            if (m * power >= rough - 1e-12) return m * power;
        return 10 * power;
    }

    /// <summary>
    /// The languages worth a trend line: those with text in at least half as many years as the best-covered language.
    /// A language present in a year or two (the one English report among 56 Chinese ones) would add a legend entry per
    /// concept and isolated dots; its rates stay in concept_by_group.csv.
    /// </summary>
    internal static (List<Language> Shown, List<Language> Left) TrendLanguages(IReadOnlyList<ConceptGroupRow> rows)
    {
        var years = rows.GroupBy(r => r.Language)
            .ToDictionary(g => g.Key, g => g.Where(r => r.Docs > 0).Select(r => r.Group).Distinct(StringComparer.Ordinal).Count());
        var most = years.Count == 0 ? 0 : years.Values.Max();
        var shown = years.Where(p => p.Value * 2 >= most).Select(p => p.Key).Order().ToList();
        var left = years.Keys.Except(shown).Order().ToList();
        return (shown, left);
    }

    /// <summary>
    /// The series' rhythm: the median gap between consecutive observation years (1 for annual reports, 5 for party
    /// congresses); 1 when there are fewer than two observations.
    /// </summary>
    internal static double TypicalInterval(IReadOnlyList<double> years)
    {
        var gaps = years.Zip(years.Skip(1), (a, b) => b - a).Where(g => g > 0).Order().ToList();
        if (gaps.Count == 0) return 1;
        return gaps.Count % 2 == 1 ? gaps[gaps.Count / 2] : (gaps[gaps.Count / 2 - 1] + gaps[gaps.Count / 2]) / 2;
    }

    /// <summary>
    /// Splits year-sorted points into runs drawn as lines: consecutive observations are joined unless they are more
    /// than <see cref="BreakFactor"/> × <paramref name="interval"/> apart (a missing report in the series' rhythm).
    /// </summary>
    internal static IEnumerable<List<(double Year, double Value)>> Segments(IReadOnlyList<(double Year, double Value)> points, double interval = 1)
    {
        var run = new List<(double, double)>();
        for (var i = 0; i < points.Count; i++)
        {
            if (run.Count > 0 && points[i].Year - points[i - 1].Year > BreakFactor * interval + 1e-9)
            {
                yield return run;
                run = [];
            }
            run.Add(points[i]);
        }
        if (run.Count > 0) yield return run;
    }
}
