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
        var plot = ctx.NewPlot(
            string.Create(c, $"Documents on their first two principal components, coloured by cluster (mean silhouette {result.MeanSilhouette:0.00})"),
            string.Create(c, $"PC1 ({result.Explained[0]:0.0%} of variance)"), string.Create(c, $"PC2 ({result.Explained[1]:0.0%} of variance)"));
        foreach (var cluster in result.Map.Select(m => m.Cluster).Distinct().Order())
        {
            var color = ConceptPalette.ForOrder(cluster - 1);
            var summary = result.Summary.FirstOrDefault(s => s.Cluster == cluster);
            ctx.Legend(new LegendEntry(string.Create(c, $"cluster {cluster} ({summary?.Size ?? 0}): ") + string.Join(' ', (summary?.Label ?? "").Split(' ').Take(3)), color, Filled: true));
            foreach (var doc in result.Map.Where(m => m.Cluster == cluster))
            {
                plot.Add.Marker(doc.Pc1, doc.Pc2, MarkerShape.FilledCircle, 7, color);
                var label = ctx.Text(plot, doc.DocId, doc.Pc1, doc.Pc2, 8);
                label.LabelAlignment = Alignment.LowerLeft;
                label.LabelFontColor = Colors.DimGray;
            }
        }
        // Room on the right for the labels of the right-most documents (labels start at their point).
        plot.Axes.Margins(left: 0.05, right: 0.14, bottom: 0.05, top: 0.08);
        var chart = ctx.Save(plot, folder, MapChart);
        return ([chart.PngPath, chart.SvgPath], warning is null ? [] : [warning]);
    }
}
