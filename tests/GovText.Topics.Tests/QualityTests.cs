using GovText.Topics.Corpus;
using GovText.Topics.Quality;

namespace GovText.Topics.Tests;

/// <summary>
/// Coherence and exclusivity against small worked examples. Expected values were computed by hand and checked with a
/// separate few-line Python script (plain math module, R's average ranks written out), not with this code.
/// </summary>
public sealed class QualityTests
{
    // Units: {a,b,c} {a,b} {a} {c} {d}; ids a=0, b=1, c=2, d=3.
    private static readonly ModelDocument[] Units =
    [
        new(0, -1, [0, 1, 2], [1, 1, 1]),
        new(1, -1, [0, 1], [2, 1]),
        new(2, -1, [0], [3]),
        new(3, -1, [2], [1]),
        new(4, -1, [3], [1]),
    ];

    [Fact]
    public void UMass_matches_the_worked_example()
    {
        // N = 5 units; D(a)=3, D(b)=2, D(c)=2, D(a,b)=2, D(a,c)=1, D(b,c)=1. Pairs (m > l) of [a, b, c]:
        // log((2+1)/3) = 0, log((1+1)/3) = -0.405465, log((1+1)/2) = 0; mean = -0.135155.
        var counts = new CooccurrenceCounts(Units, [0, 1, 2]);
        Assert.Equal(-0.1351550360360548, Coherence.UMass([0, 1, 2], counts), 12);
    }

    [Fact]
    public void Npmi_matches_the_worked_example()
    {
        // Over the first four units only (N = 4): NPMI(a,b) = log(.5/.375)/-log(.5) = 0.415037,
        // NPMI(a,c) = log(.25/.375)/-log(.25) = -0.292481, NPMI(b,c) = log(.25/.25)/-log(.25) = 0; mean = 0.040852.
        var counts = new CooccurrenceCounts(Units[..4], [0, 1, 2]);
        Assert.Equal(0.04085208297275519, Coherence.Npmi([0, 1, 2], counts), 12);
    }

    [Fact]
    public void Npmi_of_terms_that_never_meet_is_minus_one_and_of_inseparable_terms_one()
    {
        var counts = new CooccurrenceCounts(Units, [0, 3]);
        Assert.Equal(-1, Coherence.Npmi([0, 3], counts));
        Assert.Equal(1, Coherence.Npmi(1, 1, 1));
    }

    [Fact]
    public void Chunks_of_one_unit_count_once()
    {
        // The same three tokens as one unit or as two chunks of it: the same document frequencies.
        ModelDocument[] chunked = [new(0, 5, [0], [1]) { Chunk = 0 }, new(0, 5, [0, 1], [1, 1]) { Chunk = 1 }, new(1, 0, [1], [1])];
        var counts = new CooccurrenceCounts(chunked, [0, 1]);
        Assert.Equal(2, counts.Units);
        Assert.Equal(1, counts.Df(0));
        Assert.Equal(2, counts.Df(1));
        Assert.Equal(1, counts.Df(0, 1));
    }

    [Fact]
    public void Frex_exclusivity_matches_the_worked_example()
    {
        double[][] beta = [[0.5, 0.2, 0.2, 0.1], [0.1, 0.3, 0.2, 0.4], [0.2, 0.2, 0.5, 0.1]];
        var result = Exclusivity.Frex(beta, [[0, 1], [3, 1], [2, 0]]);
        Assert.Equal(1.707547169811321, result[0], 12);
        Assert.Equal(1.75, result[1], 12);
        Assert.Equal(1.5319148936170213, result[2], 12);
    }

    [Fact]
    public void Ties_share_their_average_rank_as_in_R()
    {
        Assert.Equal([2.5, 1, 2.5, 4], Exclusivity.AverageRanks([0.3, 0.1, 0.3, 0.9]));
    }
}
