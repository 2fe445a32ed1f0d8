using ScottPlot;

namespace GovText.Charts;

/// <summary>
/// One colour per concept, keyed by its lexicon order, so a concept has the same colour in every chart and every run
/// on the same lexicon. The first ten are Tableau 10 (distinguishable in print and by most colour-blind readers);
/// the next ten are their lighter partners; after twenty the cycle repeats.
/// </summary>
public static class ConceptPalette
{
    private static readonly Color[] Colors = Color.FromHex(
    [
        "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC",
        "#A0CBE8", "#FFBE7D", "#FF9D9A", "#86BCB6", "#8CD17D", "#F1CE63", "#D4A6C8", "#FABFD2", "#D7B5A6", "#79706E",
    ]);

    /// <summary>The colour of the concept at lexicon position <paramref name="order"/>.</summary>
    public static Color ForOrder(int order) => Colors[((order % Colors.Length) + Colors.Length) % Colors.Length];
}
