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

    /// <summary>
    /// The critical value of χ²(1) for an upper-tail probability: the x with P(X ≥ x) = <paramref name="p"/>, so a
    /// statistic above it has p below <paramref name="p"/> (3.841 for 0.05). Found by bisection on
    /// <see cref="SurvivalOneDf"/> to the last representable digit, so it agrees with the p values it is compared with.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in (0, 1].</exception>
    public static double InverseSurvivalOneDf(double p)
    {
        if (!(p > 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "a probability in (0, 1]");
        if (p == 1) return 0;
        // SurvivalOneDf falls from 1 at x = 0 to below the smallest double (5e-324) before x = 1,500.
        double low = 0, high = 1500;
        while (true)
        {
            var mid = low + (high - low) / 2;
            if (mid <= low || mid >= high) return high;
            if (SurvivalOneDf(mid) > p) low = mid;
            else high = mid;
        }
    }
}
