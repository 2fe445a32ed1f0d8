namespace GovText.Core.Statistics;

/// <summary>Bonferroni's correction for multiple tests (Dunn 1961): p × m, capped at 1.</summary>
public static class Bonferroni
{
    /// <summary>Adjusts <paramref name="p"/> for <paramref name="tests"/> tests.</summary>
    public static double Adjust(double p, int tests)
    {
        if (tests < 1) throw new ArgumentOutOfRangeException(nameof(tests), "at least one test");
        return Math.Min(1.0, p * tests);
    }
}
