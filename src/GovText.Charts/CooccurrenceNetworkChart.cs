using GovText.Core.Comparison;
using System.Globalization;
using ScottPlot;

namespace GovText.Charts;

/// <summary>
/// Chart 5: concepts as nodes on a circle in lexicon order (deterministic: the same lexicon always gives the same
/// picture), node area by direct matches, edge width by the number of units mentioning both concepts.
/// </summary>
internal static class CooccurrenceNetworkChart
{
    public const string Name = "cooccurrence_network";

    private const float LabelSize = 12;

    public static RenderedChart Draw(ChartData data, ChartContext ctx, string folder)
    {
        var unit = ctx.Options.NetworkUnit;
        var nodes = data.Concepts.Where(c => data.ConceptMatches.GetValueOrDefault(c.Id) > 0).ToList();
        var edges = data.Cooccurrence.Where(r => r.Unit == unit && r.Both > 0).ToList();
        var maxFreq = nodes.Count == 0 ? 1 : nodes.Max(c => data.ConceptMatches[c.Id]);
        var maxBoth = edges.Count == 0 ? 1 : edges.Max(e => e.Both);

        var plot = ctx.NewPlot(
            $"Concept co-occurrence: edge width = {unit}s mentioning both (max {maxBoth.ToString(CultureInfo.InvariantCulture)}); node size = matches (max {maxFreq.ToString(CultureInfo.InvariantCulture)})",
            "", "");

        var position = new Dictionary<string, Coordinates>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var angle = Math.PI / 2 - 2 * Math.PI * i / nodes.Count;
            position[nodes[i].Id] = new Coordinates(Math.Cos(angle), Math.Sin(angle));
        }

        foreach (var e in edges.OrderBy(e => e.Both).ThenBy(e => e.ConceptA, StringComparer.Ordinal).ThenBy(e => e.ConceptB, StringComparer.Ordinal))
        {
            if (!position.TryGetValue(e.ConceptA, out var a) || !position.TryGetValue(e.ConceptB, out var b)) continue;
            var line = plot.Add.Line(a, b);
            line.LineWidth = (float)(1 + 9.0 * e.Both / maxBoth);
            line.LineColor = Colors.SlateGray.WithAlpha(0.35 + 0.45 * e.Both / maxBoth);
            line.MarkerSize = 0;
        }

        var labels = nodes.ToDictionary(c => c.Id, ctx.ConceptLabel, StringComparer.Ordinal);
        foreach (var c in nodes)
        {
            var p = position[c.Id];
            var size = (float)(10 + 40 * Math.Sqrt((double)data.ConceptMatches[c.Id] / maxFreq));
            var marker = plot.Add.Marker(p, MarkerShape.FilledCircle, size, ctx.Palette.ColorOf(c));
            marker.MarkerLineColor = Colors.White;
            marker.MarkerLineWidth = 1.5f;
            var label = ctx.Text(plot, labels[c.Id], p.X * 1.16, p.Y * 1.16, LabelSize);
            label.LabelAlignment = Math.Abs(p.X) < 0.2 ? (p.Y > 0 ? Alignment.LowerCenter : Alignment.UpperCenter)
                : p.X > 0 ? Alignment.MiddleLeft : Alignment.MiddleRight;
        }

        if (nodes.Count == 0) ctx.Text(plot, "No concept was matched in this corpus", 0, 0, 14).LabelAlignment = Alignment.MiddleCenter;
        // Size the circle so the longest label still fits beside it: radius in points from the chart size and the
        // measured label width, then axis limits that give one unit that many points.
        var widest = labels.Count == 0 ? 0 : labels.Values.Max(l =>
        {
            using var font = new SkiaSharp.SKFont(ctx.Font.Typeface, LabelSize);
            return font.MeasureText(l);
        });
        double dataWidth = ctx.Options.Width - 30, dataHeight = ctx.Options.Height - 60;
        var radius = Math.Max(40, Math.Min(dataHeight / 2 / 1.3, (dataWidth / 2 - 12 - widest) / 1.16));
        plot.Axes.SetLimits(-dataWidth / 2 / radius, dataWidth / 2 / radius, -dataHeight / 2 / radius, dataHeight / 2 / radius);
        plot.Axes.SquareUnits();
        plot.HideAxesAndGrid();
        plot.Axes.Title.IsVisible = true;
        return ctx.Save(plot, folder, Name);
    }
}
