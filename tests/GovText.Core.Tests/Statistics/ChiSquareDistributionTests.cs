using GovText.Core.Statistics;

namespace GovText.Core.Tests.Statistics;

/// <summary>Chi-square tail probabilities against Python's math.erfc (tests/reference/keyness_reference.py).</summary>
public sealed class ChiSquareDistributionTests
{
    [Theory]
    // Critical values of χ²(1) at 0.05, 0.01, 0.001 and points far in the tail, where 1 − CDF would round to 0.
    [InlineData(3.841458820694124, 0.05000000000000008)]
    [InlineData(6.634896601021214, 0.01000000000000001)]
    [InlineData(10.827566170662733, 0.0010000000000000002)]
    [InlineData(100.0, 1.5239706048320995e-23)]
    [InlineData(500.0, 9.505397766554205e-111)]
    [InlineData(1000.0, 1.7958327848006385e-219)]
    [InlineData(1400.0, 2.1010145162642754e-306)]
    public void One_df_tail_matches_erfc(double x, double expected)
    {
        KeynessScoreTests.AssertRelative(expected, ChiSquareDistribution.SurvivalOneDf(x), 1e-9);
        KeynessScoreTests.AssertRelative(expected, ChiSquareDistribution.Survival(x, 1), 1e-9);
    }

    [Fact]
    public void Tail_is_one_at_zero_and_underflows_to_zero_not_nan()
    {
        Assert.Equal(1.0, ChiSquareDistribution.SurvivalOneDf(0));
        Assert.Equal(0.0, ChiSquareDistribution.SurvivalOneDf(5000));
    }

    [Theory]
    // Textbook critical values: χ²(2) at 5.991464547107979 and χ²(4) at 9.487729036781154 have tail 0.05.
    [InlineData(5.991464547107979, 2, 0.05)]
    [InlineData(9.487729036781154, 4, 0.05)]
    [InlineData(2.0, 2, 0.36787944117144233)] // χ²(2) tail is exp(−x/2)
    public void Other_degrees_of_freedom(double x, int df, double expected) =>
        KeynessScoreTests.AssertRelative(expected, ChiSquareDistribution.Survival(x, df), 1e-9);

    [Theory]
    [InlineData(0.5, 0.47950012218695348)]
    [InlineData(-1.0, 1.8427007929497148)]
    [InlineData(5.0, 1.5374597944280349e-12)]
    public void Erfc_matches_python(double x, double expected) =>
        KeynessScoreTests.AssertRelative(expected, SpecialFunctions.Erfc(x), 1e-12);
}
