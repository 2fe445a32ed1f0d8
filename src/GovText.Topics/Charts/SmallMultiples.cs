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
