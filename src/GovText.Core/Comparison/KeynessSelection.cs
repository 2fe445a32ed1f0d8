using GovText.Core.Errors;
using GovText.Core.Text;

namespace GovText.Core.Comparison;

/// <summary>Selects the significant rows of a keyness table under a <see cref="KeynessCorrection"/>, per language family.</summary>
public static class KeynessSelection
{
    /// <summary>The significance level.</summary>
    public const double Alpha = 0.05;

    /// <summary>The <c>--keyness-correction</c> values, in documentation order.</summary>
    public static readonly IReadOnlyList<string> Names = ["bonferroni", "bh", "none"];

    /// <summary>Parses a <c>--keyness-correction</c> value.</summary>
    /// <exception cref="ConfigurationException">Not one of <see cref="Names"/>.</exception>
    public static KeynessCorrection Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "bonferroni" => KeynessCorrection.Bonferroni,
        "bh" or "fdr" or "benjamini-hochberg" => KeynessCorrection.BenjaminiHochberg,
        "none" => KeynessCorrection.None,
        _ => throw ConfigurationException.ForSetting("keyness-correction", $"unknown keyness correction '{text}': use one of {string.Join(", ", Names)}"),
    };

    /// <summary>
    /// The rows significant at <see cref="Alpha"/> under <paramref name="correction"/>, in the order given. A family is
    /// the rows of one language (as for <c>p_bonferroni</c>); Benjamini–Hochberg ranks p within it.
    /// </summary>
    public static List<KeynessRow> Significant(IReadOnlyList<KeynessRow> rows, KeynessCorrection correction)
    {
        switch (correction)
        {
            case KeynessCorrection.Bonferroni:
                return rows.Where(r => r.PBonferroni < Alpha).ToList();
            case KeynessCorrection.None:
                return rows.Where(r => r.Score.P < Alpha).ToList();
        }
        var keep = new HashSet<KeynessRow>(ReferenceEqualityComparer.Instance);
        foreach (var family in rows.GroupBy(r => r.Language))
        {
            // Step-up: the largest rank k with p(k) <= k/m × alpha; every row up to it is a discovery.
            var sorted = family.OrderBy(r => r.Score.P).ToList();
            var m = sorted.Count;
            var last = -1;
            for (var k = 0; k < m; k++)
                if (sorted[k].Score.P <= (k + 1) * Alpha / m) last = k;
            for (var k = 0; k <= last; k++) keep.Add(sorted[k]);
        }
        return rows.Where(keep.Contains).ToList();
    }

    /// <summary>
    /// What a keyness chart shows: the <paramref name="perSide"/> items with the largest |G²| that are relatively more
    /// frequent in the target (G² &gt; 0, largest first) and as many more frequent in the reference (G² &lt; 0, most
    /// negative last), from the rows significant under <paramref name="correction"/> — or from all rows when none is,
    /// which the chart then says. Significance is decided over the whole <paramref name="table"/> (the families the
    /// table's p values were corrected over); only then are rows left out that occur on neither side or that
    /// <paramref name="drawable"/> rejects (words the chart's font cannot draw).
    /// </summary>
    public static KeynessSides TopPerSide(IReadOnlyList<KeynessRow> table, KeynessCorrection correction, int perSide,
        Func<KeynessRow, bool>? drawable = null)
    {
        if (perSide < 1) throw new ArgumentOutOfRangeException(nameof(perSide), perSide, "at least one item per side");
        var significant = Significant(table, correction);
        var anySignificant = significant.Count > 0;
        var candidates = (anySignificant ? significant : table)
            .Where(r => r.FTarget + r.FReference > 0 && (drawable is null || drawable(r))).ToList();
        var target = candidates.Where(r => r.G2 > 0).OrderByDescending(r => r.G2).ThenBy(r => r.Item, StringComparer.Ordinal).ThenBy(r => r.Language).ToList();
        var reference = candidates.Where(r => r.G2 < 0).OrderBy(r => r.G2).ThenBy(r => r.Item, StringComparer.Ordinal).ThenBy(r => r.Language).ToList();
        return new KeynessSides(target.Take(perSide).ToList(), reference.Take(perSide).ToList(),
            anySignificant ? target.Count : 0, anySignificant ? reference.Count : 0);
    }
}
