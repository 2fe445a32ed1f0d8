using GovText.Core.Comparison;
using ScottPlot;
using GovText.Core.Text;

namespace GovText.Charts;

/// <summary>Chart 2: groups × concepts, cell colour = mentions per 10,000 word tokens, with a colour bar.</summary>
internal static class HeatmapChart
{
    public const string Name = "concept_rates_heatmap";

    public static RenderedChart Draw(ChartData data, ChartContext ctx, string folder)
    {
        var rows = data.GroupRows;
        var groups = rows.Select(r => r.Group).Distinct(StringComparer.Ordinal).ToList();
        var languages = rows.Select(r => r.Language).Distinct().Order().ToList();
        var multiLanguage = languages.Count > 1;
        // One heatmap row per concept × language found at least once; concepts in lexicon order from the top.
        // Rows that would be zero everywhere carry no information and crowd out the labels of those that do.
        var series = data.Concepts
            .SelectMany(c => languages.Select(l => new Series(c, l)))
            .Where(s => rows.Any(r => r.ConceptId == s.Concept.Id && r.Language == s.Language && r.Count > 0))
            .ToList();
        var index = rows.ToDictionary(r => (r.Group, r.Language, r.ConceptId));

        var values = new double[series.Count, groups.Count];
        for (var i = 0; i < series.Count; i++)
            for (var j = 0; j < groups.Count; j++)
                values[i, j] = index.TryGetValue((groups[j], series[i].Language, series[i].Concept.Id), out var row) ? row.Per10k : double.NaN;

        var groupName = GroupBarChart.GroupAxisName(data.GroupColumn);
        // Columns are the groups that have documents, evenly spaced. For numeric groups (years) a gap longer than the
        // groups' own rhythm (the trend chart's rule: > 1.5 × the median step) is marked by a white line and named on
        // the axis, so 1960 and 1975 never look adjacent.
        var breaks = Breaks(groups);
        var axisName = breaks.Count == 0 ? groupName
            : $"{groupName} (columns: {groupName.ToLowerInvariant()}s with documents; white lines mark gaps, e.g. {breaks[0].Before}{ctx.Dash}{breaks[0].After})";
        var plot = ctx.NewPlot(
            $"{data.MentionsLabel} per 10,000 word tokens by {groupName.ToLowerInvariant()} (grey: no text in that language; concepts never found omitted)",
            axisName, "");
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.NaNCellColor = Color.FromHex("#E6E6E6");
        // Default placement: cell (row r, column c) is a unit square centred on (c, rows − 1 − r), row 0 at the top.
        ctx.ColorBar(plot, heatmap, "Mentions per 10,000 word tokens");

        var yPositions = Enumerable.Range(0, series.Count).Select(i => (double)(series.Count - 1 - i)).ToList();
        var yLabels = series.Select(s => ctx.ConceptLabel(s.Concept) + (multiLanguage ? $" [{s.Language}]" : "")).ToList();
        ctx.Ticks(plot.Axes.Left, yPositions, yLabels);
        var rotate = groups.Count > 12 || groups.Any(g => g.Length > 10);
        var step = Math.Max(1, (int)Math.Ceiling(groups.Count / 40.0));
        var xIdx = Enumerable.Range(0, groups.Count).Where(j => j % step == 0).ToList();
        ctx.Ticks(plot.Axes.Bottom, xIdx.Select(j => (double)j).ToList(), xIdx.Select(j => groups[j]).ToList(), rotate ? 90 : 0);
        plot.Axes.SetLimits(-0.5, groups.Count - 0.5, -0.5, series.Count - 0.5);
        foreach (var b in breaks) plot.Add.VerticalLine(b.Index - 0.5, 3, Colors.White);
        plot.HideGrid();
        return ctx.Save(plot, folder, Name);
    }

    /// <summary>
    /// Where consecutive numeric groups are further apart than <see cref="TrendChart.BreakFactor"/> × their typical
    /// interval: the index of the column after the gap, and the two groups around it. None for non-numeric groups.
    /// </summary>
    internal static List<(int Index, string Before, string After)> Breaks(IReadOnlyList<string> groups)
    {
        var numbers = new List<double>();
        foreach (var g in groups)
        {
            if (!GovText.Core.Comparison.GroupOrder.TryNumber(g, out var n)) return [];
            numbers.Add(n);
        }
        var interval = TrendChart.TypicalInterval(numbers.Distinct().Order().ToList());
        var breaks = new List<(int, string, string)>();
        for (var i = 1; i < numbers.Count; i++)
            if (numbers[i] - numbers[i - 1] > TrendChart.BreakFactor * interval + 1e-9) breaks.Add((i, groups[i - 1], groups[i]));
        return breaks;
    }

    /// <summary>
    /// One heatmap row: a concept in one language. A record class rather than a value tuple: LINQ over a value tuple is
    /// JIT-compiled on every run, over a reference type it runs precompiled code.
    /// </summary>
    private sealed record Series(ConceptInfo Concept, Language Language);
}
