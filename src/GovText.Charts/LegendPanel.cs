using ScottPlot;
using SkiaSharp;

namespace GovText.Charts;

/// <summary>
/// A legend drawn beside the data area with the chart's own typeface and its real font metrics. ScottPlot 5's
/// legend mis-measures fonts with tall ascenders such as Noto Sans CJK (the first entry is clipped by the frame:
/// ScottPlot issues #5192, #5213), which a reviewer would reject; this panel measures and draws with SkiaSharp directly.
/// </summary>
internal sealed class LegendPanel : IPanel
{
    private const float FontSize = 12, SymbolWidth = 26, Gap = 7, Padding = 8, Spacing = 5, Margin = 12;

    private readonly SKTypeface _typeface;
    private readonly IReadOnlyList<LegendEntry> _entries;

    public LegendPanel(SKTypeface typeface, IReadOnlyList<LegendEntry> entries)
    {
        _typeface = typeface;
        _entries = entries;
    }

    public bool IsVisible { get; set; } = true;

    public Edge Edge => Edge.Right;

    public bool ShowDebugInformation { get; set; }

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public float Measure(Paint paint) => Width();

    /// <summary>The panel's width in points: margin, frame padding, symbol and the widest entry.</summary>
    public float Width()
    {
        using var font = new SKFont(_typeface, FontSize);
        var widest = _entries.Count == 0 ? 0 : _entries.Max(e => font.MeasureText(e.Text));
        return Margin + Padding * 2 + SymbolWidth + Gap + widest;
    }

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(left: dataRect.Right + offset, right: dataRect.Right + offset + size, bottom: dataRect.Bottom, top: dataRect.Top);

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible || _entries.Count == 0) return;
        var panel = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        using var font = new SKFont(_typeface, FontSize) { Subpixel = true, Edging = SKFontEdging.Antialias };
        var metrics = font.Metrics;
        var lineHeight = metrics.Descent - metrics.Ascent + Spacing;
        var height = Padding * 2 + lineHeight * _entries.Count - Spacing;
        var left = panel.Left + Margin;
        var top = Math.Max(panel.Top, panel.VerticalCenter - height / 2);
        var width = panel.Right - left;
        var canvas = rp.Canvas;

        using var frame = new SKPaint { Color = new SKColor(255, 255, 255), Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawRect(left, top, width - 1, height, frame);
        frame.Color = new SKColor(120, 120, 120);
        frame.Style = SKPaintStyle.Stroke;
        frame.StrokeWidth = 1;
        canvas.DrawRect(left, top, width - 1, height, frame);

        using var text = new SKPaint { Color = new SKColor(30, 30, 30), IsAntialias = true };
        for (var i = 0; i < _entries.Count; i++)
        {
            var e = _entries[i];
            var baseline = top + Padding + i * lineHeight - metrics.Ascent;
            var middle = baseline + (metrics.Ascent + metrics.Descent) / 2;
            var x = left + Padding;
            var color = new SKColor(e.Color.Red, e.Color.Green, e.Color.Blue, e.Color.Alpha);
            using var symbol = new SKPaint { Color = color, IsAntialias = true, StrokeWidth = 2.5f };
            if (e.Filled)
            {
                symbol.Style = SKPaintStyle.Fill;
                canvas.DrawRect(x + 3, middle - 6, SymbolWidth - 6, 12, symbol);
            }
            else
            {
                symbol.Style = SKPaintStyle.Stroke;
                if (e.Dashed) symbol.PathEffect = SKPathEffect.CreateDash([6, 4], 0);
                canvas.DrawLine(x, middle, x + SymbolWidth, middle, symbol);
                symbol.PathEffect = null;
                symbol.Style = e.OpenMarker ? SKPaintStyle.Stroke : SKPaintStyle.Fill;
                symbol.StrokeWidth = 1.5f;
                canvas.DrawCircle(x + SymbolWidth / 2, middle, 3.5f, symbol);
            }
            canvas.DrawText(e.Text, x + SymbolWidth + Gap, baseline, SKTextAlign.Left, font, text);
        }
    }
}

/// <summary>One legend entry: a filled box (bars) or a line with a marker (trends).</summary>
internal sealed record LegendEntry(string Text, Color Color, bool Filled, bool Dashed = false, bool OpenMarker = false);
