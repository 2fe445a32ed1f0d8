using GovText.Report.Rendering;
using GovText.Report.Results;
using GovText.Report.View;

namespace GovText.Report.Building;

/// <summary>Which report section each chart belongs to, and its caption.</summary>
internal static class ChartSection
{
    public enum Kind { Rates, Keyness, Cooccurrence, Topics }

    private static readonly (string Prefix, Kind Kind, string Caption)[] Known =
    [
        ("concept_trends", Kind.Rates, "Concept rates over the groups (per 10,000 tokens)"),
        ("concept_rates_bars", Kind.Rates, "Concept rates by group (per 10,000 tokens)"),
        ("concept_rates_heatmap", Kind.Rates, "Concept rates by group: heatmap"),
        ("keyness_concepts", Kind.Keyness, "Concept keyness, target against reference (signed G²)"),
        ("keyness_words", Kind.Keyness, "Word keyness, target against reference (signed G²)"),
        ("cooccurrence", Kind.Cooccurrence, "Co-occurrence network of concepts"),
        ("topic", Kind.Topics, "Topics"),
        ("cluster", Kind.Topics, "Clusters"),
    ];

    /// <summary>The charts of <paramref name="kind"/>, inlined; charts of unknown names go with the rates.</summary>
    public static IReadOnlyList<ChartView> Charts(ResultsFolder results, Kind kind)
    {
        var views = new List<Entry>();
        for (var i = 0; i < results.Charts.Count; i++)
        {
            var (name, svg) = results.Charts[i];
            var index = Array.FindIndex(Known, k => name.StartsWith(k.Prefix, StringComparison.Ordinal));
            var chartKind = index < 0 ? Kind.Rates : Known[index].Kind;
            if (chartKind != kind) continue;
            var caption = index < 0 ? Path.GetFileNameWithoutExtension(name).Replace('_', ' ') : Known[index].Caption;
            var file = "charts/" + name;
            views.Add(new Entry(index < 0 ? Known.Length : index, name, new ChartView(file, caption,
                SvgInliner.Inline(svg, $"c{i}-", caption, Path.Combine(results.Dir, file)))));
        }
        // Trends first, then the other views of the same rates, in the order of Known; unknown charts last by name (file
        // names are unique, so the order is total). Sorting reference-type entries with a comparison runs precompiled
        // code; LINQ's OrderBy over a value tuple is JIT-compiled on every run.
        views.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : string.CompareOrdinal(a.Name, b.Name));
        return views.ConvertAll(v => v.View);
    }

    private sealed record Entry(int Order, string Name, ChartView View);
}
