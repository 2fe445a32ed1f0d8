using System.Globalization;
using GovText.Charts;
using GovText.Core.Comparison;
using GovText.Topics.Output;
using ScottPlot;

namespace GovText.Topics.Charts;

/// <summary>
/// The topic charts, in the style of the other GovText charts (palette, embedded CJK font, PNG + SVG, invariant
/// numbers): top terms per topic and topic prevalence by group as small multiples, the document × topic heatmap, and
/// the model-selection chart.
/// </summary>
public static class TopicCharts
{
    /// <summary><c>topic_terms</c>: each topic's ten heaviest terms.</summary>
    public const string TermsChart = "topic_terms";

    /// <summary><c>topic_prevalence</c>: mean share by group with 95% bands.</summary>
    public const string PrevalenceChart = "topic_prevalence";

    /// <summary><c>document_topics</c>: document × topic heatmap.</summary>
    public const string HeatmapChart = "document_topics";

    /// <summary><c>topic_model_selection</c>: coherence and exclusivity by K.</summary>
    public const string SelectionChart = "topic_model_selection";

    private const int TermsPerPanel = 10;

    /// <summary>Draws the charts a topics run calls for into <paramref name="folder"/>; returns the files and any warnings.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Warnings) Draw(TopicRunResult result, ChartOptions options, string folder, string? by)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        var strings = new List<string>();
        if (result.Model is { } model)
        {
            for (var k = 0; k < model.TopicCount; k++) strings.AddRange(model.TopTerms(k, TermsPerPanel).Select(t => model.Corpus.Vocabulary[t]));
            strings.AddRange(model.Corpus.Documents.Select(d => d.Id));
        }
        var font = ChartFontResolver.Resolve(options.FontFile, strings, out var warning);
        var warnings = warning is null ? new List<string>() : [warning];

        if (result.Model is { } m)
        {
            files.AddRange(Saved(Terms(result, options, font, folder)));
            files.AddRange(Saved(Heatmap(result, options, font, folder)));
            if (result.Groups.Count > 0) files.AddRange(Saved(Prevalence(result, options, font, folder, by ?? "group")));
        }
        if (result.Selection.Count > 0) files.AddRange(Saved(Selection(result, options, font, folder)));
        return (files, warnings);
    }

    private static IEnumerable<string> Saved(RenderedChart chart) => [chart.PngPath, chart.SvgPath];

    private static RenderedChart Terms(TopicRunResult result, ChartOptions options, ChartFont font, string folder)
    {
        var model = result.Model!;
        var k = model.TopicCount;
        var grid = new SmallMultiples(k, 4);
        var ctx = new ChartContext(options with { Height = Math.Max(400, 70 + grid.Rows * 250) }, font, LabelMode.En);
        var plot = ctx.NewPlot($"Top {TermsPerPanel} terms of each topic (bar length: p(term | topic), scaled to each topic's heaviest term)", "", "");
        for (var t = 0; t < k; t++)
        {
            var (x, y) = grid.Origin(t);
            var top = model.TopTerms(t, TermsPerPanel);
            var max = model.TermWeights[t][top[0]];
            grid.Frame(plot, ctx, t, string.Create(CultureInfo.InvariantCulture, $"Topic {t + 1} (prevalence {result.Summary[t].Prevalence:0.000})"));
            for (var r = 0; r < top.Length; r++)
            {
                var w = model.TermWeights[t][top[r]];
                var yy = y + 1 - (r + 0.5) / TermsPerPanel;
                var bar = plot.Add.Bar(new Bar
                {
                    Position = yy, ValueBase = x, Value = x + 0.95 * w / max, Size = 0.7 / TermsPerPanel,
                    FillColor = ConceptPalette.ForOrder(t), LineWidth = 0, Orientation = Orientation.Horizontal,
                });
                bar.Horizontal = true;
                var label = ctx.Text(plot, model.Corpus.Vocabulary[top[r]], x - 0.02, yy, 10);
                label.LabelAlignment = Alignment.MiddleRight;
            }
        }
        grid.Finish(plot);
        return ctx.Save(plot, folder, TermsChart);
    }

    private static RenderedChart Prevalence(TopicRunResult result, ChartOptions options, ChartFont font, string folder, string by)
    {
        var k = result.Model!.TopicCount;
        var numeric = GroupOrder.AllNumeric(result.Groups.Select(g => g.Group));
        var groups = GroupOrder.Sort(result.Groups.Select(g => g.Group));
        var position = groups.Select((g, i) => (g, numeric ? double.Parse(g, CultureInfo.InvariantCulture) : i)).ToDictionary(p => p.g, p => p.Item2, StringComparer.Ordinal);
        var (lo, hi) = (position.Values.Min(), position.Values.Max());
        var span = Math.Max(hi - lo, 1);
        var top = result.Groups.Max(g => g.MeanShare + 1.96 * (g.Se ?? 0));
        top = Math.Min(1, Math.Ceiling(top * 10) / 10);
        var grid = new SmallMultiples(k, 4);
        var yTicks = SmallMultiples.NiceTicks(0, top);
        // Round years inside the range when the groups are years (or other numbers); else the first and last group.
        var xTicks = numeric && hi > lo
            ? SmallMultiples.NiceTicks(lo, hi).Ticks.Where(x => x >= lo && x <= hi && x == Math.Floor(x)).ToList()
            : [];
        var ctx = new ChartContext(options with { Height = Math.Max(400, 70 + grid.Rows * 250) }, font, LabelMode.En);
        var plot = ctx.NewPlot(
            $"Mean topic share by {by} (95% bands: mean ± 1.96 SE, none for a group of one document; gaps: {(numeric ? "years" : "groups")} without documents; scale 0–{top.ToString("0.0", CultureInfo.InvariantCulture)})", "", "");
        for (var t = 0; t < k; t++)
        {
            var (x0, y0) = grid.Origin(t);
            grid.Frame(plot, ctx, t, $"Topic {t + 1}: " + string.Join(' ', result.Summary[t].Label.Split(' ').Take(3)));
            var rows = result.Groups.Where(g => g.Topic == t + 1).OrderBy(g => position[g.Group]).ToList();
            var points = rows.Select(r => (X: x0 + (position[r.Group] - lo) / span, r.MeanShare, Se: r.Se ?? 0, Pos: position[r.Group])).ToList();
            var color = ConceptPalette.ForOrder(t);
            // Faint guides at round shares (and round years) so a value can be read off any panel, not only the edges.
            foreach (var share in yTicks.Ticks)
                Guide(plot, x0, y0 + share / top, x0 + 1, y0 + share / top);
            foreach (var year in xTicks)
                Guide(plot, x0 + (year - lo) / span, y0, x0 + (year - lo) / span, y0 + 1);
            // Runs of consecutive years (or all groups when they are not numbers) are joined; a missing year is a gap.
            var runs = new List<List<(double X, double MeanShare, double Se, double Pos)>>();
            foreach (var p in points)
            {
                if (runs.Count == 0 || (numeric && p.Pos - runs[^1][^1].Pos > 1 + 1e-9)) runs.Add([]);
                runs[^1].Add(p);
            }
            foreach (var run in runs)
            {
                var xs = run.Select(p => p.X).ToArray();
                if (run.Count > 1)
                {
                    var band = plot.Add.FillY(xs, run.Select(p => y0 + Math.Max(0, p.MeanShare - 1.96 * p.Se) / top).ToArray(),
                        run.Select(p => y0 + Math.Min(top, p.MeanShare + 1.96 * p.Se) / top).ToArray());
                    band.FillStyle.Color = color.WithAlpha(0.25);
                    band.LineStyle.Width = 0;
                }
                var line = plot.Add.ScatterLine(xs, run.Select(p => y0 + p.MeanShare / top).ToArray(), color);
                line.LineWidth = 1.5f;
                line.MarkerSize = run.Count == 1 ? 4 : 0;
            }
            if (t % grid.Columns == 0)
                foreach (var share in yTicks.Ticks)
                    ctx.Text(plot, share.ToString(yTicks.Format, CultureInfo.InvariantCulture), x0 - 0.02, y0 + share / top, 9).LabelAlignment = Alignment.MiddleRight;
            if (t / grid.Columns == grid.Rows - 1 || t + grid.Columns >= k)
            {
                if (xTicks.Count > 0)
                {
                    foreach (var year in xTicks)
                        ctx.Text(plot, year.ToString("0", CultureInfo.InvariantCulture), x0 + (year - lo) / span, y0 - 0.03, 9).LabelAlignment = Alignment.UpperCenter;
                }
                else
                {
                    ctx.Text(plot, groups[0], x0, y0 - 0.03, 9).LabelAlignment = Alignment.UpperLeft;
                    ctx.Text(plot, groups[^1], x0 + 1, y0 - 0.03, 9).LabelAlignment = Alignment.UpperRight;
                }
            }
        }
        grid.Finish(plot, leftPad: 0.2);
        return ctx.Save(plot, folder, PrevalenceChart);
    }

    private static void Guide(Plot plot, double x1, double y1, double x2, double y2)
    {
        var guide = plot.Add.Line(x1, y1, x2, y2);
        guide.LineColor = Colors.LightGray.WithAlpha(0.6);
        guide.LineWidth = 0.5f;
    }

    private static RenderedChart Heatmap(TopicRunResult result, ChartOptions options, ChartFont font, string folder)
    {
        var model = result.Model!;
        var docs = result.DocumentShares;
        var k = model.TopicCount;
        var ctx = new ChartContext(options with { Height = Math.Clamp(120 + docs.Count * 14, 400, 2400) }, font, LabelMode.En);
        var plot = ctx.NewPlot("Topic shares of each document (rows in document order)", "Topic", "Document");
        var values = new double[docs.Count, k];
        for (var d = 0; d < docs.Count; d++)
            for (var t = 0; t < k; t++) values[d, t] = docs[d].Shares[t];
        // ScottPlot's default placement: cell (row r, column c) is a unit square centred on (c, rows − 1 − r), row 0 at
        // the top, so document d's row is at y = count − 1 − d, where its label is, and topic t + 1's column at x = t.
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        ctx.ColorBar(plot, heatmap, "Share");
        ctx.Ticks(plot.Axes.Bottom, Enumerable.Range(0, k).Select(t => (double)t).ToList(), Enumerable.Range(1, k).Select(t => t.ToString(CultureInfo.InvariantCulture)).ToList());
        var step = Math.Max(1, docs.Count / 60);
        var rows = Enumerable.Range(0, docs.Count).Where(d => d % step == 0).ToList();
        ctx.Ticks(plot.Axes.Left, rows.Select(d => (double)(docs.Count - 1 - d)).ToList(), rows.Select(d => model.Corpus.Documents[docs[d].Document].Id).ToList());
        plot.Axes.SetLimits(-0.5, k - 0.5, -0.5, docs.Count - 0.5);
        plot.HideGrid();
        return ctx.Save(plot, folder, HeatmapChart);
    }

    private static RenderedChart Selection(TopicRunResult result, ChartOptions options, ChartFont font, string folder)
    {
        var rows = result.Selection;
        var grid = new SmallMultiples(3, 3);
        var ctx = new ChartContext(options with { Height = 420 }, font, LabelMode.En);
        var plot = ctx.NewPlot("Choosing K: mean topic coherence and exclusivity by number of topics (higher is better for each)", "", "");
        var measures = new (string Name, Func<TopicSelectionRow, double> Value)[]
        {
            ("UMass coherence", r => r.CoherenceUMass), ("NPMI coherence", r => r.CoherenceNpmi), ("FREX exclusivity", r => r.Exclusivity),
        };
        var ks = rows.Select(r => (double)r.K).ToArray();
        var (kLo, kHi) = (ks.Min(), ks.Max());
        for (var m = 0; m < measures.Length; m++)
        {
            var (x0, y0) = grid.Origin(m);
            grid.Frame(plot, ctx, m, measures[m].Name);
            var v = rows.Select(measures[m].Value).ToArray();
            var (lo, hi) = (v.Min(), v.Max());
            var pad = Math.Max((hi - lo) * 0.1, 1e-6);
            (lo, hi) = (lo - pad, hi + pad);
            var xs = ks.Select(k => x0 + 0.05 + 0.9 * (k - kLo) / Math.Max(kHi - kLo, 1)).ToArray();
            var line = plot.Add.ScatterLine(xs, v.Select(y => y0 + (y - lo) / (hi - lo)).ToArray(), ConceptPalette.ForOrder(m));
            line.LineWidth = 2;
            line.MarkerSize = 6;
            for (var i = 0; i < xs.Length; i++)
                ctx.Text(plot, rows[i].K.ToString(CultureInfo.InvariantCulture), xs[i], y0 - 0.03, 9).LabelAlignment = Alignment.UpperCenter;
            // Round values a reader can interpolate between, with faint guide lines, rather than the padded extremes.
            var (ticks, format) = SmallMultiples.NiceTicks(lo, hi);
            foreach (var tick in ticks)
            {
                var y = y0 + (tick - lo) / (hi - lo);
                var guide = plot.Add.Line(x0, y, x0 + 1, y);
                guide.LineColor = Colors.LightGray;
                guide.LineWidth = 0.5f;
                ctx.Text(plot, tick.ToString(format, CultureInfo.InvariantCulture), x0 - 0.02, y, 9).LabelAlignment = Alignment.MiddleRight;
            }
        }
        ctx.Text(plot, "K (number of topics)", grid.Origin(1).X + 0.5, -0.12, 11).LabelAlignment = Alignment.UpperCenter;
        grid.Finish(plot, leftPad: 0.3);
        plot.Axes.SetLimitsY(-0.3, 1.25);
        return ctx.Save(plot, folder, SelectionChart);
    }
}
