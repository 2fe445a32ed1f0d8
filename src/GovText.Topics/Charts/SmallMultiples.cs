using GovText.Charts;
using ScottPlot;

namespace GovText.Topics.Charts;

/// <summary>
/// Lays out small multiples inside one ScottPlot plot: panel i occupies the unit square at column i % columns, row
/// i / columns (row 0 at the top) with gaps for its title and tick labels, so every panel shares the chart's fonts and
/// is saved once, as PNG and SVG, through <see cref="ChartContext"/>.
/// </summary>
internal sealed class SmallMultiples
{
    public const double GapX = 0.55;
    public const double GapY = 0.45;

    public SmallMultiples(int panels, int columns)
    {
        Columns = Math.Max(1, Math.Min(columns, panels));
        Rows = (panels + Columns - 1) / Columns;
    }

    public int Columns { get; }

    public int Rows { get; }

    /// <summary>Bottom-left corner of panel <paramref name="i"/> in plot units.</summary>
    public (double X, double Y) Origin(int i) => ((i % Columns) * (1 + GapX), (Rows - 1 - i / Columns) * (1 + GapY));

    /// <summary>Fixes the axes to the grid and hides ScottPlot's own axes and grid (each panel draws its own frame).</summary>
    public void Finish(Plot plot, double leftPad = 0.45)
    {
        plot.HideAxesAndGrid();
        plot.Axes.Title.IsVisible = true;
        plot.Axes.SetLimits(-leftPad, Columns * (1 + GapX) - GapX + 0.05, -0.2, Rows * (1 + GapY) - GapY + 0.25);
    }

    /// <summary>
    /// Four to six round tick values inside [<paramref name="lo"/>, <paramref name="hi"/>] (steps of 1, 2, 2.5 or 5 times
    /// a power of ten) and the number format that shows them without noise digits.
    /// </summary>
    public static (IReadOnlyList<double> Ticks, string Format) NiceTicks(double lo, double hi)
    {
        var raw = (hi - lo) / 5;
        if (!(raw > 0)) return ([lo], "0.###");
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step)) + (step / Math.Pow(10, Math.Floor(Math.Log10(step))) == 2.5 ? 1 : 0));
        var ticks = new List<double>();
        for (var i = Math.Ceiling(lo / step); i * step <= hi + step * 1e-9; i++) ticks.Add(Math.Round(i * step, decimals + 1));
        return (ticks, decimals == 0 ? "0" : "0." + new string('0', decimals));
    }

    /// <summary>A panel frame and its title above it.</summary>
    public void Frame(Plot plot, ChartContext ctx, int i, string title)
    {
        var (x, y) = Origin(i);
        var r = plot.Add.Rectangle(x, x + 1, y, y + 1);
        r.FillStyle.Color = Colors.Transparent;
        r.LineStyle.Color = Colors.Gray;
        r.LineStyle.Width = 1;
        var t = ctx.Text(plot, title, x + 0.5, y + 1.02, 11);
        t.LabelAlignment = Alignment.LowerCenter;
    }
}
