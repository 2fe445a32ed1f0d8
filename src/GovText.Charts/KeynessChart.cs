using System.Globalization;
using GovText.Core.Comparison;
using ScottPlot;
using GovText.Core.Text;

namespace GovText.Charts;

/// <summary>
/// Chart 4: the significant items with the largest |G²| each way (<see cref="ChartOptions.KeynessTop"/> more frequent in
/// the target, as many more frequent in the reference) as horizontal bars of signed G², each annotated with its Log
/// Ratio, with the critical |G²| that the chosen correction uses marked (dashed) and labelled on both sides.
/// </summary>
internal static class KeynessChart
{
    public const string ConceptsName = "keyness_concepts";
    public const string WordsName = "keyness_words";

    private static readonly Color MoreInTarget = Color.FromHex("#0072B2");
    private static readonly Color LessInTarget = Color.FromHex("#D55E00");

    // A chart with a handful of bars keeps bars of the thickness it would have with this many.
    private const int MinimumSlots = 8;

    /// <summary>Draws <paramref name="table"/> (a whole keyness.csv or keyness_words.csv: significance is decided over all of it).</summary>
    public static RenderedChart Draw(IReadOnlyList<KeynessRow> table, bool concepts, ChartData data, ChartContext ctx, string folder)
    {
        var what = concepts ? "concepts" : "words";
        var n = ctx.Options.KeynessTop;
        // Words are data: those the font cannot draw are left out here (and named in a warning); the CSV keeps them.
        var sides = KeynessSelection.TopPerSide(table, data.KeynessCorrection, n,
            concepts ? null : r => ctx.Font.MissingGlyphs(r.Item).Count == 0);
        var thresholds = KeynessThreshold.For(table, data.KeynessCorrection)
            .Where(t => sides.Target.Concat(sides.Reference).Any(r => r.Language == t.Language)).ToList();
        if (thresholds.Count == 0) thresholds = KeynessThreshold.For(table, data.KeynessCorrection).ToList();
        var multiLanguage = sides.Target.Concat(sides.Reference).Select(r => r.Language).Distinct().Count() > 1;

        // Top to bottom: target-key items (largest G² first), half a bar's room, then reference-key items (most
        // negative last). An empty side keeps one row, for a note saying it is empty.
        var shown = sides.Target.Concat(sides.Reference.Reverse()).ToList();
        var targetRows = Math.Max(sides.Target.Count, 1);
        var referenceRows = Math.Max(sides.Reference.Count, 1);
        double Position(int i) => i < sides.Target.Count ? referenceRows + 0.5 + (targetRows - 1 - i) : referenceRows - 1 - (i - sides.Target.Count);
        var topRow = referenceRows + 0.5 + targetRows - 1;

        var plot = ctx.NewPlot($"Keyness of {what}: {data.KeynessDescription ?? "target vs reference"}",
            XLabel(ctx, what, n, sides, thresholds, concepts ? null : data.WordFilters, concepts), "");

        var labels = new List<string>();
        var positions = new List<double>();
        var maxAbs = shown.Count == 0 ? 1 : shown.Max(r => Math.Abs(r.G2));
        for (var i = 0; i < shown.Count; i++)
        {
            var r = shown[i];
            var y = Position(i);
            var concept = concepts ? data.Concepts.FirstOrDefault(c => c.Id == r.Item) : null;
            var color = concept is not null ? ctx.Palette.ColorOf(concept) : r.G2 >= 0 ? MoreInTarget : LessInTarget;
            var bar = plot.Add.Bar(new Bar
            {
                Position = y, Value = r.G2, Size = 0.7, FillColor = color, LineWidth = 0, Orientation = Orientation.Horizontal,
            });
            bar.Horizontal = true;
            labels.Add((concept is not null ? ctx.ConceptLabel(concept) : r.Item) + (multiLanguage ? $" [{r.Language}]" : ""));
            positions.Add(y);
            var note = ctx.Text(plot, "LR " + r.LogRatio.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture),
                r.G2 + (r.G2 >= 0 ? 1 : -1) * maxAbs * 0.01, y, 10);
            note.LabelAlignment = r.G2 >= 0 ? Alignment.MiddleLeft : Alignment.MiddleRight;
            // Text is placed by its font box, which for CJK typefaces sits above the visual centre of Latin digits.
            note.OffsetY = 2;
        }
        ctx.Ticks(plot.Axes.Left, positions, labels);

        var critical = thresholds.Max(t => t.G2);
        var low = Math.Min(-critical, shown.Count == 0 ? 0 : shown.Min(r => r.G2));
        var high = Math.Max(critical, shown.Count == 0 ? 0 : shown.Max(r => r.G2));
        // Room beside the longest bars for the log-ratio annotations, and the critical lines always in view.
        var pad = (high - low) * 0.14;
        low -= pad;
        high += pad;

        // Rows: the bars, a row above them for the lines' labels, and at least MinimumSlots rows (centred) so few
        // bars stay bars.
        // One label row per distinct line (languages with different m), stacked so the labels never overlap.
        var distinct = thresholds.DistinctBy(t => Math.Round(t.G2, 2)).OrderBy(t => t.G2).ToList();
        var labelRow = topRow + 0.55;
        var top = topRow + 1.1 + 0.5 * (distinct.Count - 1);
        var bottom = -0.7;
        var slack = Math.Max(0, MinimumSlots - (top - bottom)) / 2;
        plot.Axes.SetLimits(low, high, bottom - slack, top + slack);

        plot.Add.VerticalLine(0, 1, Colors.Black);
        for (var j = 0; j < distinct.Count; j++)
        {
            var t = distinct[j];
            foreach (var x in new[] { -t.G2, t.G2 }) plot.Add.VerticalLine(x, 1.5f, Colors.DimGray, LinePattern.Dashed);
            var text = distinct.Count == 1 ? Describe(ctx, t) : $"{t.Language}: |{ctx.G2}| {(t.Correction == KeynessCorrection.BenjaminiHochberg ? ctx.AtLeast : ">")} " +
                                                                 t.G2.ToString("#,0.00", CultureInfo.InvariantCulture);
            // The label sits in the row above the bars: right of the positive line, or left of the negative one when
            // only there is it clear of the figure's edge.
            var width = ctx.MeasureText(text, 10) + 8;
            var pixelsPerUnit = ctx.DataAreaWidth / (high - low);
            var right = (high - t.G2) * pixelsPerUnit >= width || (-t.G2 - low) * pixelsPerUnit < width;
            var label = ctx.Text(plot, text, right ? t.G2 : -t.G2, labelRow + 0.5 * j, 10);
            label.LabelFontColor = Colors.DimGray;
            label.LabelAlignment = right ? Alignment.MiddleLeft : Alignment.MiddleRight;
            label.OffsetX = right ? 4 : -4;
        }

        // An empty side says so, rather than leaving the reader to wonder whether it was cut off (drawn last: over the lines).
        var none = sides.Significant ? $"no {what[..^1]} significantly more frequent in the" : $"no {what[..^1]} more frequent in the";
        if (sides.Target.Count == 0) Note(ctx.Text(plot, $"{none} target", high - (high - low) * 0.02, topRow, 11), Alignment.MiddleRight);
        if (sides.Reference.Count == 0) Note(ctx.Text(plot, $"{none} reference", low + (high - low) * 0.02, 0, 11), Alignment.MiddleLeft);

        ctx.SparseTicks(plot.Axes.Bottom, low, high);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        return ctx.Save(plot, folder, concepts ? ConceptsName : WordsName);
    }

    private static void Note(ScottPlot.Plottables.Text text, Alignment alignment)
    {
        text.LabelAlignment = alignment;
        // Drawn over the dashed lines, readable.
        text.LabelBackgroundColor = Colors.White;
        text.LabelFontColor = Colors.DimGray;
    }

    private static string Describe(ChartContext ctx, KeynessThreshold t) => t.Describe(ctx.G2, ctx.AtLeast);

    // The caption under the chart: what the axis is, what is shown and why, and which words were tested. The test
    // itself labels the dashed line (one line per language when their thresholds differ, then named here).
    private static string XLabel(ChartContext ctx, string what, int n, KeynessSides sides, IReadOnlyList<KeynessThreshold> thresholds,
        IReadOnlyList<string>? wordFilters, bool concepts)
    {
        var lines = new List<string>
        {
            $"Signed log-likelihood {ctx.G2} (positive: relatively more frequent in the target); LR: log ratio (log2 of the ratio of relative frequencies)",
        };
        if (thresholds.DistinctBy(t => Math.Round(t.G2, 2)).Count() > 1)
            lines.Add("Dashed: " + string.Join("; ", thresholds.Select(t => $"{t.Language} {Describe(ctx, t)}")));
        lines.Add(sides.Significant
            ? $"Significant (beyond the dashed lines): {Count(sides.SignificantTarget)} {(sides.SignificantTarget == 1 ? what[..^1] : what)} more frequent in the target, " +
              $"{Count(sides.SignificantReference)} in the reference; up to {n} per side drawn, largest |{ctx.G2}| first"
            : $"No {what[..^1]} reaches the dashed lines: the {n} with the largest |{ctx.G2}| on each side are drawn");
        if (!concepts)
            lines.Add(wordFilters is null ? "Stop words and POS filter: as in keyness_words.csv (not recorded)" : Capitalize(string.Join("; ", wordFilters)));
        return string.Join("\n", lines);
    }

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
