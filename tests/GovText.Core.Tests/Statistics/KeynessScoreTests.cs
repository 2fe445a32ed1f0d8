using GovText.Core.Statistics;

namespace GovText.Core.Tests.Statistics;

/// <summary>
/// Keyness statistics against values computed independently by tests/reference/keyness_reference.py
/// (plain-Python entropy form of G², cell-wise Pearson/Yates, math.erfc) and against published examples.
/// </summary>
public sealed class KeynessScoreTests
{
    // (ft, fr, nt, nr, g2, chi2, chi2_yates, log_ratio, p) printed by keyness_reference.py.
    public static TheoryData<long, long, long, long, double, double, double, double, double> Reference => new()
    {
        { 10, 20, 1000, 4000, 2.943791214312671, 3.3534540576794094, 2.567488262910798, 1.0, 0.08620817451222054 },
        { 3, 40, 5000, 6000, -31.56117979615539, 25.778289055242738, 24.243802234669285, -3.4739311883324127, 1.9325454889246302e-08 },
        { 0, 12, 800, 900, -15.339540394653422, 10.742496050552923, 8.924396200851326, -4.415037499278844, 8.981680176876456e-05 },
        { 7, 0, 700, 50000, 60.0256799566389, 500.06904306314476, 430.25378142616796, 9.965784284662087, 9.362777890996212e-15 },
        { 52, 57, 50000, 75000, 2.654064260612181, 2.699601759156002, 2.3877855128816057, 0.45251220469750647, 0.10328552084650791 },
        { 5, 5, 100, 100, 0.0, 0.0, 0.0, 0.0, 1.0 },
        { 400, 60, 100000, 120000, 347.9364529182657, 320.2347992442696, 318.5595754891981, 3.0, 1.1926416209816205e-77 },
    };

    [Theory]
    [MemberData(nameof(Reference))]
    public void Matches_the_independent_python_reference(long ft, long fr, long nt, long nr,
        double g2, double chi2, double yates, double logRatio, double p)
    {
        var s = KeynessScore.Compute(ft, fr, nt, nr);
        AssertRelative(g2, s.G2, 1e-12);
        AssertRelative(chi2, s.Chi2, 1e-10);
        AssertRelative(yates, s.Chi2Yates, 1e-10);
        AssertRelative(logRatio, s.LogRatio, 1e-12);
        AssertRelative(p, s.P, 1e-9);
    }

    [Theory]
    // Dunning (1993), "Accurate methods for the statistics of surprise and coincidence", Table 1:
    // −2 log λ for bigram 2×2 tables (k11, k12, k21, k22), e.g. "the Swiss" 270.72.
    [InlineData(110, 2442, 111, 29114, 270.72)]
    [InlineData(29, 13, 123, 31612, 263.90)]
    [InlineData(9, 12, 429, 31327, 48.94)]
    public void Reproduces_Dunning_1993_table_1(long k11, long k12, long k21, long k22, double published)
    {
        var s = KeynessScore.Compute(k11, k12, k11 + k21, k12 + k22);
        Assert.Equal(published, Math.Abs(s.G2), 2);
    }

    [Fact]
    public void Reproduces_the_UCREL_calculator_example()
    {
        // Lancaster's log-likelihood wizard example: 52 in 50,000 tokens vs 57 in 75,000 → "+ 2.65" (two-term LL,
        // Rayson & Garside 2000). The four-term G² GovText reports is 2.654 on the same table.
        Assert.Equal(2.65, KeynessScore.RaysonGarsideLogLikelihood(52, 57, 50_000, 75_000), 2);
        Assert.Equal(2.6517101638888807, KeynessScore.RaysonGarsideLogLikelihood(52, 57, 50_000, 75_000), 12);
        var s = KeynessScore.Compute(52, 57, 50_000, 75_000);
        Assert.True(s.G2 > 0, "more frequent in the target: positive sign, as the calculator's '+'");
        Assert.Equal(2.65, s.G2, 2);
    }

    [Fact]
    public void Sign_follows_relative_frequency_and_zero_cells_contribute_nothing()
    {
        Assert.True(KeynessScore.Compute(1, 10, 100, 100).G2 < 0);
        Assert.True(KeynessScore.Compute(10, 1, 100, 100).G2 > 0);
        var allIn = KeynessScore.Compute(100, 0, 100, 100); // c = 0 and b = 0 cells
        Assert.True(double.IsFinite(allIn.G2) && allIn.G2 > 0);
        Assert.Equal(Math.Log2(100 / 0.5), allIn.LogRatio, 12);
    }

    [Fact]
    public void Item_absent_from_both_corpora_scores_zero()
    {
        var s = KeynessScore.Compute(0, 0, 500, 800);
        Assert.Equal(0, s.G2);
        Assert.Equal(0, s.Chi2);
        Assert.Equal(1, s.P);
        // No frequencies, no ratio: the 0.5 substitution would report log2(800/500), the ratio of the corpus sizes.
        Assert.True(double.IsNaN(s.LogRatio));
    }

    [Fact]
    public void Rejects_impossible_tables()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KeynessScore.Compute(5, 1, 4, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeynessScore.Compute(0, 1, 0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeynessScore.Compute(-1, 1, 10, 10));
    }

    [Fact]
    public void Bonferroni_multiplies_and_caps_at_one()
    {
        Assert.Equal(0.3, Bonferroni.Adjust(0.1, 3), 15);
        Assert.Equal(1.0, Bonferroni.Adjust(0.5, 3));
    }

    internal static void AssertRelative(double expected, double actual, double tolerance)
    {
        if (expected == 0) { Assert.True(Math.Abs(actual) < tolerance, $"expected 0, got {actual:R}"); return; }
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
    }

    [Fact]
    public void An_item_found_on_neither_side_has_no_log_ratio()
    {
        // With the 0.5 substitution this would be log2((0.5/16059)/(0.5/6)) = -11.39, a "ratio" of corpus sizes.
        var s = KeynessScore.Compute(0, 0, 16_059, 6);
        Assert.True(double.IsNaN(s.LogRatio));
        Assert.Equal((0.0, 0.0, 1.0), (s.G2, s.Chi2, s.P));
        // One occurrence on one side keeps the substitution: log2((1/1000)/(0.5/2000)) = 2.
        Assert.Equal(2.0, KeynessScore.Compute(1, 0, 1000, 2000).LogRatio, 12);
    }
}
