using System.Globalization;
using GovText.Charts;
using GovText.Topics.Clustering;
using ScottPlot;

namespace GovText.Topics.Charts;

/// <summary>The 2-D document map: first two principal components, coloured by cluster, labelled with document ids.</summary>
public static class ClusterCharts
{
    /// <summary><c>document_map</c>.</summary>
    public const string MapChart = "document_map";

    /// <summary>Draws the map of a single-K run; returns the files and any warnings.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Warnings) Draw(ClusterRunResult result, ChartOptions options, string folder)
    {
        if (result.Map.Count == 0) return ([], []);
        Directory.CreateDirectory(folder);
        var font = ChartFontResolver.Resolve(options.FontFile, result.Map.Select(m => m.DocId).ToList(), out var warning);
        var ctx = new ChartContext(options with { Height = Math.Max(options.Height, 800) }, font, LabelMode.En);
        var c = CultureInfo.InvariantCulture;
        var prefix = CommonPrefix(result.Map.Select(m => m.DocId).ToList());
        var plot = ctx.NewPlot(
            string.Create(c, $"Documents on their first two principal components, coloured by cluster (mean silhouette {result.MeanSilhouette:0.00})") +
            (prefix.Length > 0 ? $"; labels: document ids without \"{prefix}\"" : ""),
            string.Create(c, $"PC1 ({result.Explained[0]:0.0%} of variance)"), string.Create(c, $"PC2 ({result.Explained[1]:0.0%} of variance)"));
        foreach (var cluster in result.Map.Select(m => m.Cluster).Distinct().Order())
        {
            var color = ConceptPalette.ForOrder(cluster - 1);
            var summary = result.Summary.FirstOrDefault(s => s.Cluster == cluster);
            ctx.Legend(new LegendEntry(string.Create(c, $"cluster {cluster} ({summary?.Size ?? 0}): ") + string.Join(' ', (summary?.Label ?? "").Split(' ').Take(3)), color, Filled: true));
            foreach (var doc in result.Map.Where(m => m.Cluster == cluster))
            {
                plot.Add.Marker(doc.Pc1, doc.Pc2, MarkerShape.FilledCircle, 7, color);
                var label = ctx.Text(plot, doc.DocId[prefix.Length..], doc.Pc1, doc.Pc2, 8);
                label.LabelAlignment = Alignment.LowerLeft;
                label.LabelFontColor = Colors.DimGray;
            }
        }
        // Room on the right for the labels of the right-most documents (labels start at their point).
        plot.Axes.Margins(left: 0.05, right: 0.14, bottom: 0.05, top: 0.08);
        var chart = ctx.Save(plot, folder, MapChart);
        return ([chart.PngPath, chart.SvgPath], warning is null ? [] : [warning]);
    }

    /// <summary>
    /// The prefix every id shares, up to and including its last separator (<c>-</c>, <c>_</c>, <c>.</c>, space), so
    /// "gwr-zh-1954", "gwr-zh-2025" are labelled 1954 and 2025; empty when there is none or an id would be left empty.
    /// Crowded maps stay readable, and the title names the prefix so every label still traces to its document.
    /// </summary>
    internal static string CommonPrefix(IReadOnlyList<string> ids)
    {
        if (ids.Count < 2) return "";
        var length = ids.Min(i => i.Length);
        for (var i = 0; i < length; i++)
            if (ids.Any(id => id[i] != ids[0][i])) { length = i; break; }
        var cut = ids[0].AsSpan(0, length).LastIndexOfAny("-_. ");
        if (cut < 0) return "";
        var prefix = ids[0][..(cut + 1)];
        return ids.All(id => id.Length > prefix.Length) ? prefix : "";
    }
}
