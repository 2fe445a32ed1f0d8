using System.Globalization;
using System.Text.RegularExpressions;
using GovText.Core.Comparison;
using GovText.Core.Output;
using ScottPlot;
using GovText.Core.Text;

namespace GovText.Charts;

/// <summary>
/// State shared while drawing one chart: the options, the font, the label mode in effect, and every string the
/// chart draws (recorded as it is set, so a test can check the font has a glyph for each).
/// </summary>
internal sealed partial class ChartContext
{
    /// <summary>What automatically generated numeric tick labels can contain.</summary>
    public const string NumericTickAlphabet = "0123456789.,-+E";

    private readonly List<string> _strings = [NumericTickAlphabet];
    private readonly List<ScottPlot.Panels.ColorBar> _colorBars = [];
    private readonly List<LegendEntry> _legend = [];

    // Text tick labels set by Ticks(), per axis: their font is chosen from what they say, numeric ones from digits.
    private readonly Dictionary<IAxis, string> _tickText = [];

    public ChartContext(ChartOptions options, ChartFont font, LabelMode labels, ConceptPalette? palette = null)
    {
        Options = options;
        Font = font;
        Labels = labels;
        Palette = palette ?? new ConceptPalette([], new HashSet<string>(StringComparer.Ordinal));
    }

    public ConceptPalette Palette { get; }

    public ChartOptions Options { get; }

    public ChartFont Font { get; }

    public LabelMode Labels { get; }

    public IReadOnlyList<string> Strings => _strings;

    /// <summary>"G²" where the font has a superscript two, else "G2": never a missing glyph in a fixed label.</summary>
    public string G2 => Font.MissingGlyphs("²").Count == 0 ? "G²" : "G2";

    /// <summary>"≥" where the font has it, else "&gt;=".</summary>
    public string AtLeast => Font.MissingGlyphs("≥").Count == 0 ? "≥" : ">=";

    /// <summary>An en dash for ranges where the font has one, else a hyphen.</summary>
    public string Dash => Font.MissingGlyphs("–").Count == 0 ? "–" : "-";

    public string Record(string text)
    {
        _strings.Add(text);
        return text;
    }

    public string ConceptLabel(ConceptInfo c) => Labels switch
    {
        LabelMode.Zh => c.Zh.Length > 0 ? c.Zh : c.En,
        LabelMode.Both => c.Zh.Length > 0 ? $"{c.En} ({c.Zh})" : c.En,
        _ => c.En.Length > 0 ? c.En : c.Id,
    };

    /// <summary>
    /// The <see cref="ChartOptions.TopConcepts"/> concepts with the most matches in <paramref name="rows"/>, in lexicon
    /// order, and a title note when some matched concepts are left out.
    /// </summary>
    public (IReadOnlyList<ConceptInfo> Concepts, string Note) TopConcepts(IReadOnlyList<ConceptInfo> concepts, IEnumerable<ConceptGroupRow> rows)
    {
        var totals = rows.GroupBy(r => r.ConceptId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Count), StringComparer.Ordinal);
        var matched = concepts.Where(c => totals.GetValueOrDefault(c.Id) > 0).ToList();
        var top = matched.OrderByDescending(c => totals[c.Id]).ThenBy(c => c.Order).Take(Options.TopConcepts).OrderBy(c => c.Order).ToList();
        return (top, top.Count < matched.Count ? $", the {top.Count} most frequent concepts" : "");
    }

    public static string LanguageName(Language language) =>
        language == Language.Chinese ? "Chinese" : language == Language.English ? "English" : language.Code;

    public Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(Record(title), TitleSize);
        plot.XLabel(Record(xLabel), 13);
        plot.YLabel(Record(yLabel), 13);
        return plot;
    }

    public const float TickFontSize = 11;

    private const float TitleSize = 15;

    // Estimated width of the left axis (tick labels + title): numeric ticks unless Ticks() sets text labels there.
    private float _leftAxisWidth = 60;

    public void Ticks(IAxis axis, IReadOnlyList<double> positions, IReadOnlyList<string> labels, float rotation = 0)
    {
        foreach (var l in labels) Record(l);
        _tickText[axis] = string.Concat(labels);
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions.ToArray(), labels.ToArray());
        axis.TickLabelStyle.FontSize = TickFontSize;
        axis.MajorTickStyle.Length = 4;
        if (rotation == 0)
        {
            if (axis.Edge == Edge.Left)
            {
                using var measure = new SkiaSharp.SKFont(Font.Typeface, TickFontSize);
                _leftAxisWidth = (labels.Count == 0 ? 0 : labels.Max(l => measure.MeasureText(l))) + 40;
            }
            return;
        }
        axis.TickLabelStyle.Rotation = rotation;
        // Negative angles read upwards and end at their tick (the usual rotated category labels), positive ones start there.
        axis.TickLabelStyle.Alignment = rotation < 0 ? Alignment.MiddleRight : Alignment.MiddleLeft;
        // ScottPlot sizes an axis for unrotated labels; reserve room for the rotated ones plus the axis title.
        using var font = new SkiaSharp.SKFont(Font.Typeface, TickFontSize);
        var widest = labels.Count == 0 ? 0 : labels.Max(l => font.MeasureText(l));
        var radians = rotation * Math.PI / 180;
        axis.MinimumSize = (float)(widest * Math.Abs(Math.Sin(radians)) + TickFontSize * Math.Abs(Math.Cos(radians))) + 40;
    }

    /// <summary>Integer tick labels without thousands separators (years print as 2013, not 2,013).</summary>
    public static void YearTicks(IAxis axis) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
        };

    /// <summary>
    /// Numeric ticks from <paramref name="low"/> to <paramref name="high"/> spaced for reading, not for density: ScottPlot
    /// packs labels as tightly as they fit (every 5 or 50 G² across a 1,200-point axis). The step is the smallest of
    /// 1, 2, 2.5, 5 × 10^k giving at most one tick per 110 points; labels have thousands separators (4,300).
    /// </summary>
    public void SparseTicks(IAxis axis, double low, double high)
    {
        var positions = SparseTickPositions(low, high, Math.Max(4, Options.Width / 110));
        Ticks(axis, positions, positions.Select(v => v.ToString("#,0.##", CultureInfo.InvariantCulture)).ToList());
    }

    /// <summary>Multiples of a round step (1, 2, 2.5 or 5 × 10^k) in [low, high], at most <paramref name="maxTicks"/> + 1 of them.</summary>
    internal static IReadOnlyList<double> SparseTickPositions(double low, double high, int maxTicks)
    {
        if (!(high > low)) return [low];
        var raw = (high - low) / maxTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw * (1 - 1e-12));
        var first = (long)Math.Ceiling(low / step - 1e-9);
        var last = (long)Math.Floor(high / step + 1e-9);
        // Multiples computed from the integer index, so 0.1 × 3 prints as 0.3 and never drifts.
        return Enumerable.Range(0, (int)(last - first + 1)).Select(i => Math.Round((first + i) * step, 10)).ToList();
    }

    /// <summary>The width in points of <paramref name="text"/> in the chart's typeface at <paramref name="size"/>.</summary>
    public float MeasureText(string text, float size)
    {
        using var font = new SkiaSharp.SKFont(Font.Typeface, size);
        return font.MeasureText(text);
    }

    /// <summary>Estimated width in points of the data area: the figure less the left axis (as set by <see cref="Ticks"/>) and the right margin.</summary>
    public float DataAreaWidth => Math.Max(50, Options.Width - _leftAxisWidth - 30);

    public void Legend(LegendEntry entry) => _legend.Add(entry with { Text = Record(entry.Text) });

    public ScottPlot.Plottables.Text Text(Plot plot, string text, double x, double y, float size = 11)
    {
        var t = plot.Add.Text(Record(text), x, y);
        t.LabelFontSize = size;
        return t;
    }

    public ScottPlot.Panels.ColorBar ColorBar(Plot plot, IHasColorAxis source, string label)
    {
        var bar = plot.Add.ColorBar(source, Edge.Right);
        bar.Label = Record(label);
        // ScottPlot measures the rotated label with a shorter line height than a CJK typeface has; leave room.
        bar.MinimumSize = 100;
        _colorBars.Add(bar);
        return bar;
    }

    /// <summary>Applies the font to every text element, then writes PNG (at the requested dpi) and SVG atomically.</summary>
    public RenderedChart Save(Plot plot, string folder, string name)
    {
        var legendWidth = 0f;
        if (_legend.Count > 0)
        {
            var legend = new LegendPanel(Font.Typeface, _legend);
            legendWidth = legend.Width();
            plot.Axes.AddPanel(legend);
        }
        FitTitle(plot, legendWidth + (_colorBars.Count > 0 ? 130 : 0));
        FitBottomLabel(plot, legendWidth + (_colorBars.Count > 0 ? 130 : 0));
        plot.Legend.IsVisible = false;
        ApplyFont(plot);
        var png = Path.Combine(folder, name + ".png");
        var svg = Path.Combine(folder, name + ".svg");
        plot.ScaleFactor = Options.Dpi / 96.0;
        var pngBytes = plot.GetImageBytes(Options.PixelWidth, Options.PixelHeight, ImageFormat.Png);
        AtomicFile.Write(png, s => s.Write(pngBytes));
        plot.ScaleFactor = 1;
        var svgXml = NumberClipPaths(plot.GetSvgXml(Options.Width, Options.Height));
        AtomicFile.WriteAllText(svg, svgXml);
        return new RenderedChart(name, png, svg, Options.PixelWidth, Options.PixelHeight, _strings.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Renumbers Skia's clip-path ids (<c>cl_4</c>, <c>cl_a8</c>: a counter that lives as long as the process) in order
    /// of first appearance, so the same chart gives the same SVG bytes however many charts the process drew before.
    /// </summary>
    internal static string NumberClipPaths(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipPathId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id)) ids[m.Value] = id = "cl_" + ids.Count.ToString("x", CultureInfo.InvariantCulture);
            return id;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipPathId();

    // ScottPlot centres the title over the data area and clips what overflows the figure; a title wider than the
    // figure allows around that centre is drawn smaller instead (never below 9 pt) so it stays whole.
    private void FitTitle(Plot plot, float besideData)
    {
        var title = plot.Axes.Title.Label.Text;
        using var font = new SkiaSharp.SKFont(Font.Typeface, TitleSize);
        var width = font.MeasureText(title);
        var right = besideData + 20;
        var available = Options.Width - Math.Abs(_leftAxisWidth - right) - 30;
        if (width > available) plot.Axes.Title.Label.FontSize = Math.Max(9, TitleSize * available / width);
    }

    // The bottom axis label is centred under the data area like the title, and may be a caption of several lines:
    // set smaller (never below 9 pt) when its longest line would be clipped.
    private void FitBottomLabel(Plot plot, float besideData)
    {
        var label = plot.Axes.Bottom.Label;
        if (string.IsNullOrEmpty(label.Text)) return;
        using var font = new SkiaSharp.SKFont(Font.Typeface, label.FontSize);
        var width = label.Text.Split('\n').Max(l => font.MeasureText(l));
        var available = Options.Width - Math.Abs(_leftAxisWidth - (besideData + 20)) - 30;
        if (width > available) label.FontSize = Math.Max(9, label.FontSize * available / width);
    }

    // Every text element by the chart's one typeface, looked up under GovText's private name: never an installed font.
    private void ApplyFont(Plot plot)
    {
        plot.Axes.Title.Label.FontName = Font.FontName;
        // Regular weight throughout: FitTitle measures the regular face, and a CJK family may have no bold face.
        plot.Axes.Title.Label.Bold = false;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = Font.FontName;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontName = Font.FontName;
        }
        plot.Legend.FontName = Font.FontName;
        // Left on, ScottPlot would re-detect a font per render and could pick one without the glyphs.
        plot.Legend.SetBestFontOnEachRender = false;
        foreach (var text in plot.GetPlottables<ScottPlot.Plottables.Text>()) text.LabelFontName = Font.FontName;
        foreach (var bars in plot.GetPlottables<ScottPlot.Plottables.BarPlot>()) bars.ValueLabelStyle.FontName = Font.FontName;
        foreach (var bar in _colorBars)
        {
            bar.LabelStyle.FontName = Font.FontName;
            bar.LabelStyle.Bold = false;
            bar.Axis.Label.FontName = Font.FontName;
            bar.Axis.TickLabelStyle.FontName = Font.FontName;
        }
    }
}
