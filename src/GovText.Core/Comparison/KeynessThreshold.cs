using System.Globalization;
using GovText.Core.Statistics;
using GovText.Core.Text;

namespace GovText.Core.Comparison;

/// <summary>
/// The |G²| beyond which a row of one language of a keyness table is significant at <see cref="KeynessSelection.Alpha"/>
/// under a <see cref="KeynessCorrection"/>: the line a keyness chart draws, so that every bar beyond it is exactly a
/// row <see cref="KeynessSelection.Significant"/> selects. p is the χ²(1) tail of |G²|, so the threshold on p maps to
/// one critical value: <c>χ²₁⁻¹(alpha)</c> uncorrected, <c>χ²₁⁻¹(alpha / m)</c> with Bonferroni over the m rows of the
/// language, and <c>χ²₁⁻¹(k·alpha / m)</c> with Benjamini–Hochberg, k being the number of discoveries (none: k = 1, the
/// first step, which no row reached). Methods: docs/methods.md.
/// </summary>
/// <param name="Language">The token language of the rows (a family of tests).</param>
/// <param name="Correction">The correction for the number of tests.</param>
/// <param name="Tests">m: rows of this language in the table (as for <c>p_bonferroni</c>).</param>
/// <param name="Discoveries">Rows of this language significant under <paramref name="Correction"/>.</param>
/// <param name="P">The largest p a significant row can have.</param>
/// <param name="G2">The critical |G²|: the χ²(1) value whose upper tail is <paramref name="P"/>.</param>
public sealed record KeynessThreshold(Language Language, KeynessCorrection Correction, int Tests, int Discoveries, double P, double G2)
{
    /// <summary>One threshold per language of <paramref name="rows"/> (a whole keyness table), in ordinal order of language.</summary>
    public static IReadOnlyList<KeynessThreshold> For(IReadOnlyList<KeynessRow> rows, KeynessCorrection correction)
    {
        var significant = KeynessSelection.Significant(rows, correction);
        var thresholds = new List<KeynessThreshold>();
        foreach (var family in rows.GroupBy(r => r.Language).OrderBy(g => g.Key))
        {
            var m = family.Count();
            var k = significant.Count(r => r.Language == family.Key);
            var p = correction switch
            {
                KeynessCorrection.Bonferroni => KeynessSelection.Alpha / m,
                KeynessCorrection.BenjaminiHochberg => Math.Max(k, 1) * KeynessSelection.Alpha / m,
                _ => KeynessSelection.Alpha,
            };
            thresholds.Add(new KeynessThreshold(family.Key, correction, m, k, p, ChiSquareDistribution.InverseSurvivalOneDf(p)));
        }
        return thresholds;
    }

    /// <summary>
    /// The threshold as a chart labels it, e.g. "p &lt; 0.05, Bonferroni, m = 412: |G²| &gt; 14.77";
    /// <paramref name="g2"/> and <paramref name="atLeast"/> are how the chart writes G² and ≥ ("G2" and "&gt;=" in a
    /// font without those glyphs).
    /// </summary>
    public string Describe(string g2 = "G²", string atLeast = "≥")
    {
        var critical = G2.ToString("#,0.00", CultureInfo.InvariantCulture);
        var m = Tests.ToString("#,0", CultureInfo.InvariantCulture);
        return Correction switch
        {
            KeynessCorrection.Bonferroni => $"p < 0.05, Bonferroni, m = {m}: |{g2}| > {critical}",
            // BH selects p <= k·alpha/m: the boundary itself is a discovery.
            KeynessCorrection.BenjaminiHochberg => $"q < 0.05, Benjamini-Hochberg, m = {m}, {Discoveries.ToString("#,0", CultureInfo.InvariantCulture)} discoveries: |{g2}| {atLeast} {critical}",
            _ => $"p < 0.05, uncorrected: |{g2}| > {critical}",
        };
    }
}
