namespace GovText.Core.Statistics;

/// <summary>
/// Upper-tail probabilities of the chi-square distribution, computed in double precision without a statistics
/// package. Keyness p values reach far into the tail (G2 in the hundreds), so the tail is evaluated directly by a
/// continued fraction instead of as 1 − CDF, which would round to 0 below about 1e-16.
/// </summary>
public static class ChiSquareDistribution
{
    /// <summary>P(X ≥ <paramref name="x"/>) for X ~ χ²(1): erfc(√(x/2)). Returns 1 for x ≤ 0.</summary>
    public static double SurvivalOneDf(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        return x <= 0 ? 1.0 : SpecialFunctions.Erfc(Math.Sqrt(x / 2.0));
    }

    /// <summary>P(X ≥ <paramref name="x"/>) for X ~ χ²(<paramref name="degreesOfFreedom"/>): Q(df/2, x/2).</summary>
    public static double Survival(double x, int degreesOfFreedom)
    {
        if (degreesOfFreedom < 1) throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), "at least 1 degree of freedom");
        if (double.IsNaN(x)) return double.NaN;
        return x <= 0 ? 1.0 : SpecialFunctions.RegularizedGammaQ(degreesOfFreedom / 2.0, x / 2.0);
    }
}
