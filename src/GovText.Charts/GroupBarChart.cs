using GovText.Core.Comparison;
using ScottPlot;

namespace GovText.Charts;

/// <summary>Chart 1: grouped bars of concept rates (per 10,000 word tokens) per group, one bar per concept, language shown.</summary>
internal static class GroupBarChart
{
    public const string Name = "concept_rates_bars";

    public static RenderedChart Draw(ChartData data, ChartContext ctx, string folder)
    {
        var rows = data.GroupRows;
        var (concepts, shown) = ctx.TopConcepts(data.Concepts, rows);
        var languages = rows.Select(r => r.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var categories = rows.Select(r => (r.Group, r.Language)).Distinct().ToList();
        var multiLanguage = languages.Count > 1;
        var groupName = GroupAxisName(data.GroupColumn);

        var languageNote = multiLanguage ? "each bar's language in brackets" : $"{ChartContext.LanguageName(languages.FirstOrDefault() ?? "")} text";
        var plot = ctx.NewPlot(
            $"{data.MentionsLabel} per 10,000 word tokens by {groupName.ToLowerInvariant()}{shown}; {languageNote}",
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
                    FillColor = ConceptPalette.ForOrder(c.Order),
                    LineWidth = 0,
                });
            }
            plot.Add.Bars(bars);
            ctx.Legend(new LegendEntry(ctx.ConceptLabel(c), ConceptPalette.ForOrder(c.Order), Filled: true));
        }

        var labels = categories.Select(k => multiLanguage ? $"{k.Group} [{k.Language}]" : k.Group).ToList();
        var rotate = categories.Count > 8 || labels.Any(l => l.Length > 12);
        ctx.Ticks(plot.Axes.Bottom, Enumerable.Range(0, categories.Count).Select(i => (double)i).ToList(), labels, rotate ? -45 : 0);
        plot.Axes.Margins(bottom: 0, top: 0.1);
        plot.Axes.SetLimitsX(-0.6, categories.Count - 0.4);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        return ctx.Save(plot, folder, Name);
    }

    internal static string GroupAxisName(string column) => column == "doc_id" ? "Document" : char.ToUpperInvariant(column[0]) + column[1..];
}
