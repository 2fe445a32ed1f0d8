using GovText.Core.Comparison;
using ScottPlot;

namespace GovText.Charts;

/// <summary>
/// One colour per concept for a whole chart run, so a concept has the same colour in every chart. The colours are
/// seven of Okabe and Ito's eight (distinguishable with every common colour-vision deficiency) and, in place of their
/// yellow #F0E442 (contrast 1.3:1 on white: a faint bar, an invisible line), a violet #8844DD (5.4:1) chosen to stay
/// at least as far from the other seven under simulated protanopia, deuteranopia and tritanopia as those are from one
/// another (tools/palette/cvd_check.py, docs/charts.md); then four of Paul Tol's "muted" scheme, then the cycle repeats. They are given in lexicon order to the
/// concepts the run found at all, so up to eight found concepts always get eight distinguishable colours however
/// many the lexicon defines. Charts that would need more colours at once use small multiples or direct labels.
/// </summary>
public sealed class ConceptPalette
{
    /// <summary>The colours in the order they are given out.</summary>
    public static readonly IReadOnlyList<Color> Colors = Color.FromHex(
    [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8844DD",
        "#882255", "#999933", "#332288", "#44AA99",
    ]);

    private readonly Dictionary<string, Color> _byId;

    /// <summary>Colours for <paramref name="concepts"/> (lexicon order) of which only <paramref name="found"/> take a slot.</summary>
    public ConceptPalette(IReadOnlyList<ConceptInfo> concepts, IReadOnlySet<string> found)
    {
        _byId = new Dictionary<string, Color>(StringComparer.Ordinal);
        var slot = 0;
        foreach (var c in concepts.OrderBy(c => c.Order))
            if (found.Contains(c.Id)) _byId[c.Id] = Colors[slot++ % Colors.Count];
    }

    /// <summary>The palette of a chart run: a concept takes a slot if any chart of the run can show it.</summary>
    public static ConceptPalette For(ChartData data)
    {
        var found = data.GroupRows.Concat(data.YearRows).Where(r => r.Count > 0).Select(r => r.ConceptId)
            .Concat(data.ConceptMatches.Where(p => p.Value > 0).Select(p => p.Key))
            .ToHashSet(StringComparer.Ordinal);
        return new ConceptPalette(data.Concepts, found);
    }

    /// <summary>The colour at position <paramref name="order"/> of <see cref="Colors"/>, cycling: for categories other than concepts (topics, clusters).</summary>
    public static Color ForOrder(int order) => Colors[((order % Colors.Count) + Colors.Count) % Colors.Count];

    /// <summary>The concept's colour (grey for a concept that took no slot).</summary>
    public Color ColorOf(ConceptInfo concept) => _byId.GetValueOrDefault(concept.Id, Color.FromHex("#BBBBBB"));
}
