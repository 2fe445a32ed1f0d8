using System.Globalization;
using GovText.Core.Comparison;
using ScottPlot;
using GovText.Core.Text;

namespace GovText.Charts;

/// <summary>
/// Chart 1: grouped bars of concept rates (per 10,000 word tokens) per group, one bar per concept, language shown.
/// More than <see cref="MaxCategories"/> groups would give hairline bars and overlapping labels: numeric groups (years)
/// are then pooled into equal bins (rate = mentions / word tokens of all the bin's documents), other groups are left
/// to the heatmap, with a note.
/// </summary>
internal static class GroupBarChart
{
    public const string Name = "concept_rates_bars";

    /// <summary>The most bar groups (group × language) one chart shows.</summary>
    public const int MaxCategories = 12;

    /// <summary>Draws the chart, or returns null with <paramref name="note"/> saying why it was not drawn.</summary>
    public static RenderedChart? Draw(ChartData data, ChartContext ctx, string folder, out string? note)
    {
        note = null;
        var rows = data.GroupRows;
        var binNote = "";
        if (rows.Select(r => new Category(r.Group, r.Language)).Distinct().Count() > MaxCategories)
        {
            if (Bin(rows, ctx.Dash) is not { } binned)
            {
                note = $"{rows.Select(r => r.Group).Distinct().Count()} groups of '{data.GroupColumn}' are too many for a bar chart " +
                       $"(at most {MaxCategories}): bar chart not drawn; the heatmap shows every group";
                return null;
            }
            (rows, var binWidth) = binned;
            var bins = data.GroupColumn == "year" ? $"{binWidth.ToString(CultureInfo.InvariantCulture)}-year bins" : $"bins of {binWidth.ToString(CultureInfo.InvariantCulture)} ({data.GroupColumn})";
            binNote = $", pooled in {bins} (mentions / word tokens of the bin's documents)";
        }
        var (concepts, shown) = ctx.TopConcepts(data.Concepts, rows);
        var languages = rows.Select(r => r.Language).Distinct().Order().ToList();
        var categories = rows.Select(r => new Category(r.Group, r.Language)).Distinct().ToList();
        var multiLanguage = languages.Count > 1;
        var groupName = GroupAxisName(data.GroupColumn);

        var languageNote = multiLanguage ? "each bar's language in brackets" : $"{(languages.Count == 0 ? "" : ChartContext.LanguageName(languages[0]))} text";
        var plot = ctx.NewPlot(
            $"{data.MentionsLabel} per 10,000 word tokens by {groupName.ToLowerInvariant()}{binNote}{shown}; {languageNote}",
            groupName, "Mentions per 10,000 word tokens");

        var index = rows.ToDictionary(r => (r.Group, r.Language, r.ConceptId));
        var width = 0.8 / Math.Max(1, concepts.Count);
        for (var j = 0; j < concepts.Count; j++)
        {
            var c = concepts[j];
            var bars = new List<Bar>();
            for (var i = 0; i < categories.Count; i++)
            {
                if (!index.TryGetValue((categories[i].Group, categories[i].Language, c.Id), out var row) || double.IsNaN(row.Per10k)) continue;
                bars.Add(new Bar
                {
                    Position = i + (j - (concepts.Count - 1) / 2.0) * width,
                    Value = row.Per10k,
                    Size = width * 0.92,
                    FillColor = ctx.Palette.ColorOf(c),
                    LineWidth = 0,
                });
            }
            plot.Add.Bars(bars);
            ctx.Legend(new LegendEntry(ctx.ConceptLabel(c), ctx.Palette.ColorOf(c), Filled: true));
        }

        var labels = categories.Select(k => multiLanguage ? $"{k.Group} [{k.Language}]" : k.Group).ToList();
        var rotate = categories.Count > 8 || labels.Any(l => l.Length > 12);
        ctx.Ticks(plot.Axes.Bottom, Enumerable.Range(0, categories.Count).Select(i => (double)i).ToList(), labels, rotate ? -45 : 0);
        plot.Axes.Margins(bottom: 0, top: 0.1);
        plot.Axes.SetLimitsX(-0.6, categories.Count - 0.4);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        return ctx.Save(plot, folder, Name);
    }

    /// <summary>
    /// Numeric groups pooled into equal bins: the narrowest of 2, 5, 10, 20, 25, 50, 100 … units that gives at most
    /// <see cref="MaxCategories"/> bars per language; null when a group is not a number.
    /// </summary>
    internal static (IReadOnlyList<ConceptGroupRow> Rows, int Width)? Bin(IReadOnlyList<ConceptGroupRow> rows, string dash = "–")
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var g in rows.Select(r => r.Group).Distinct(StringComparer.Ordinal))
        {
            if (!GroupOrder.TryNumber(g, out var n) || n != Math.Floor(n)) return null;
            numbers[g] = n;
        }
        var (min, max) = (numbers.Values.Min(), numbers.Values.Max());
        // Bars are counted as the (bin, language) pairs that have text: one English report must not halve the resolution.
        var width = new[] { 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000 }.FirstOrDefault(w =>
            rows.Select(r => (Math.Floor(numbers[r.Group] / w), r.Language)).Distinct().Count() <= MaxCategories, 1000);
        // Named by the years the bin can hold within the data's range: 2020–2025, not 2020–2029.
        string Label(double start) => Math.Max(start, min).ToString("0", CultureInfo.InvariantCulture) + dash +
                                      Math.Min(start + width - 1, max).ToString("0", CultureInfo.InvariantCulture);
        var binned = rows
            .GroupBy(r => (Start: Math.Floor(numbers[r.Group] / width) * width, r.Language, r.ConceptId))
            .OrderBy(g => g.Key.Start).ThenBy(g => g.Key.Language)
            .Select(g =>
            {
                var first = g.First();
                long count = g.Sum(r => r.Count), withChildren = g.Sum(r => r.CountWithChildren), tokens = g.Sum(r => r.Tokens);
                int docs = g.Sum(r => r.Docs), with = g.Sum(r => r.DocsWithConcept);
                return first with
                {
                    Group = Label(g.Key.Start), Count = count, CountWithChildren = withChildren, Tokens = tokens,
                    Per10k = tokens == 0 ? double.NaN : count * 10_000.0 / tokens,
                    Per10kWithChildren = tokens == 0 ? double.NaN : withChildren * 10_000.0 / tokens,
                    Docs = docs, DocsWithConcept = with, DocShare = docs == 0 ? double.NaN : with / (double)docs,
                };
            }).ToList();
        return (binned, width);
    }

    internal static string GroupAxisName(string column) => column == "doc_id" ? "Document" : char.ToUpperInvariant(column[0]) + column[1..];

    /// <summary>
    /// One bar position: a group in one language. A record class rather than a value tuple: LINQ and hash sets over a
    /// value tuple are JIT-compiled on every run, over a reference type they run precompiled code.
    /// </summary>
    private sealed record Category(string Group, Language Language);
}
