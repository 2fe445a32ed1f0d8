namespace GovText.Core.Statistics;

/// <summary>
/// Keyness statistics of one item (a concept or a word type) in a target corpus against a reference corpus,
/// from the 2×2 table of its frequency and the rest of each corpus. See docs/methods.md for every formula.
/// </summary>
/// <param name="FTarget">Occurrences in the target.</param>
/// <param name="FReference">Occurrences in the reference.</param>
/// <param name="NTarget">Word tokens in the target.</param>
/// <param name="NReference">Word tokens in the reference.</param>
/// <param name="G2">Four-term log-likelihood G², negative when the item is relatively rarer in the target.</param>
/// <param name="Chi2">Pearson's chi-square without continuity correction (unsigned).</param>
/// <param name="Chi2Yates">Pearson's chi-square with Yates' continuity correction (unsigned).</param>
/// <param name="LogRatio">Hardie's Log Ratio: log2 of the ratio of relative frequencies, a zero frequency replaced by 0.5; NaN when both frequencies are 0.</param>
/// <param name="P">Upper-tail probability of |G²| under χ² with 1 degree of freedom.</param>
public sealed record KeynessScore(
    long FTarget, long FReference, long NTarget, long NReference,
    double G2, double Chi2, double Chi2Yates, double LogRatio, double P)
{
    /// <summary>Computes every statistic for frequencies <paramref name="fTarget"/>, <paramref name="fReference"/> in corpora of <paramref name="nTarget"/>, <paramref name="nReference"/> tokens.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, a frequency exceeds its corpus size, or a corpus is empty.</exception>
    public static KeynessScore Compute(long fTarget, long fReference, long nTarget, long nReference)
    {
        if (fTarget < 0 || fReference < 0) throw new ArgumentOutOfRangeException(nameof(fTarget), "frequencies must not be negative");
        if (nTarget <= 0 || nReference <= 0) throw new ArgumentOutOfRangeException(nameof(nTarget), "both corpora need at least one token");
        if (fTarget > nTarget || fReference > nReference)
            throw new ArgumentOutOfRangeException(nameof(fTarget), "a frequency cannot exceed its corpus size");

        double a = fTarget, b = fReference, c = nTarget - fTarget, d = nReference - fReference;
        double n = a + b + c + d;
        double row1 = a + b, row2 = c + d, col1 = a + c, col2 = b + d;

        // Every cell's O − E is ±(ad − bc)/N. Computing that difference exactly (Int128) and taking ln(O/E) as
        // log1p((O − E)/E) avoids the cancellation of ln(O/E) ≈ 0 in the large "rest of corpus" cells.
        var crossExact = (Int128)fTarget * (nReference - fReference) - (Int128)fReference * (nTarget - fTarget);
        var cross = (double)crossExact;
        var delta = cross / n;
        var g2 = 2 * (Cell(a, row1 * col1 / n, delta) + Cell(b, row1 * col2 / n, -delta)
                      + Cell(c, row2 * col1 / n, -delta) + Cell(d, row2 * col2 / n, delta));
        // Rounding can leave a tiny negative sum when observed ≈ expected; G² is non-negative by construction.
        if (g2 < 0) g2 = 0;
        var signedG2 = crossExact < 0 ? -g2 : g2;

        var denominator = row1 * row2 * col1 * col2;
        var absCross = Math.Abs(cross);
        double chi2 = 0, chi2Yates = 0;
        if (denominator > 0)
        {
            chi2 = n * (absCross / denominator) * absCross;
            // Yates: |ad − bc| is reduced by N/2 but never below 0, so a nearly balanced table scores 0 rather than grow.
            var corrected = Math.Max(0, absCross - n / 2);
            chi2Yates = n * (corrected / denominator) * corrected;
        }

        // An item found on neither side has no ratio of frequencies: NaN (an empty cell), not the ratio of the two
        // corpus sizes that the 0.5 substitution would give.
        var logRatio = a == 0 && b == 0 ? double.NaN : Math.Log2((Math.Max(a, 0.5) / nTarget) / (Math.Max(b, 0.5) / nReference));
        return new KeynessScore(fTarget, fReference, nTarget, nReference, signedG2, chi2, chi2Yates, logRatio,
            ChiSquareDistribution.SurvivalOneDf(g2));
    }

    /// <summary>The Rayson &amp; Garside (2000) two-term log-likelihood, as the UCREL calculator reports it (unsigned); kept to reproduce its published examples.</summary>
    public static double RaysonGarsideLogLikelihood(long fTarget, long fReference, long nTarget, long nReference)
    {
        double a = fTarget, b = fReference;
        double e1 = nTarget * (a + b) / (nTarget + (double)nReference);
        double e2 = nReference * (a + b) / (nTarget + (double)nReference);
        return 2 * (Cell(a, e1, a - e1) + Cell(b, e2, b - e2));
    }

    private static double Cell(double observed, double expected, double difference) =>
        observed == 0 ? 0 : observed * LogOnePlus(difference / expected);

    // ln(1 + x) accurate for small x (Goldberg 1991, "What every computer scientist should know…", Theorem 4);
    // double.LogP1 in .NET is computed as Log(1 + x) and loses the digits this is for.
    private static double LogOnePlus(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }
}
