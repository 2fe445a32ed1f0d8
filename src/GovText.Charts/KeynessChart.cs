using System.Globalization;
using GovText.Core.Comparison;
using ScottPlot;

namespace GovText.Charts;

/// <summary>
/// Chart 4: the items with the largest |G²| as horizontal bars of signed G², each annotated with its Log Ratio,
/// with the p &lt; 0.05 critical value (3.84) marked on both sides.
/// </summary>
internal static class KeynessChart
{
    public const string ConceptsName = "keyness_concepts";
    public const string WordsName = "keyness_words";

    private const double Critical05 = 3.841458820694124;
    private static readonly Color MoreInTarget = Color.FromHex("#0072B2");
    private static readonly Color LessInTarget = Color.FromHex("#D55E00");

    public static RenderedChart Draw(IReadOnlyList<KeynessRow> rows, bool concepts, ChartData data, ChartContext ctx, string folder)
    {
        // A keyness chart is read as "what distinguishes the target": show the significant items when there are any,
        // so items whose G² is ~0 (e.g. a language with a handful of tokens on one side) do not fill the chart.
        // Significance after the correction for the number of tests (Bonferroni by default): raw p over thousands of
        // word types would let chance fill the chart.
        // An item found on neither side (empty log ratio in the table) has nothing to show.
        rows = rows.Where(r => r.Score.FTarget + r.Score.FReference > 0).ToList();
        var significant = KeynessSelection.Significant(rows, data.KeynessCorrection);
        var corrected = KeynessSelection.Label(data.KeynessCorrection);
        var selection = significant.Count > 0 ? $"{corrected} < 0.05 only" : $"no item reaches {corrected} < 0.05";
        if (significant.Count > 0) rows = significant;
        var multiLanguage = rows.Select(r => r.Language).Distinct(StringComparer.Ordinal).Count() > 1;
        var top = rows.OrderByDescending(r => Math.Abs(r.Score.G2)).ThenBy(r => r.Item, StringComparer.Ordinal)
            .Take(ctx.Options.KeynessTop)
            .OrderBy(r => r.Score.G2).ThenBy(r => r.Item, StringComparer.Ordinal).ToList();

        var what = concepts ? "concepts" : "words";
        var plot = ctx.NewPlot(
            $"Keyness of {what}: {data.KeynessDescription ?? "target vs reference"} ({selection}; log ratio at each bar)",
            $"Signed log-likelihood {ctx.G2} (positive: relatively more frequent in the target; dashed: |{ctx.G2}| = 3.84, p = 0.05)", "");

        var labels = new List<string>();
        var maxAbs = top.Count == 0 ? 1 : top.Max(r => Math.Abs(r.Score.G2));
        for (var i = 0; i < top.Count; i++)
        {
            var r = top[i];
            var concept = concepts ? data.Concepts.FirstOrDefault(c => c.Id == r.Item) : null;
            var color = concept is not null ? ctx.Palette.ColorOf(concept) : r.Score.G2 >= 0 ? MoreInTarget : LessInTarget;
            var bar = plot.Add.Bar(new Bar
            {
                Position = i, Value = r.Score.G2, Size = 0.7, FillColor = color, LineWidth = 0, Orientation = Orientation.Horizontal,
            });
            bar.Horizontal = true;
            var label = (concept is not null ? ctx.ConceptLabel(concept) : r.Item) + (multiLanguage ? $" [{r.Language}]" : "");
            labels.Add(label);
            var note = ctx.Text(plot, "LR " + r.Score.LogRatio.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture),
                r.Score.G2 + (r.Score.G2 >= 0 ? 1 : -1) * maxAbs * 0.01, i, 10);
            note.LabelAlignment = r.Score.G2 >= 0 ? Alignment.MiddleLeft : Alignment.MiddleRight;
            // Text is placed by its font box, which for CJK typefaces sits above the visual centre of Latin digits.
            note.OffsetY = 2;
        }
        ctx.Ticks(plot.Axes.Left, Enumerable.Range(0, top.Count).Select(i => (double)i).ToList(), labels);

        foreach (var x in new[] { -Critical05, Critical05 }) plot.Add.VerticalLine(x, 1, Colors.Gray, LinePattern.Dashed);
        plot.Add.VerticalLine(0, 1, Colors.Black);
        // Room beside the longest bars for the log-ratio annotations, and the critical lines always in view.
        var low = Math.Min(-Critical05, top.Count == 0 ? 0 : top.Min(r => r.Score.G2));
        var high = Math.Max(Critical05, top.Count == 0 ? 0 : top.Max(r => r.Score.G2));
        var pad = (high - low) * 0.14;
        plot.Axes.SetLimits(low - pad, high + pad, -0.7, Math.Max(top.Count, 1) - 0.3);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        return ctx.Save(plot, folder, concepts ? ConceptsName : WordsName);
    }
}
