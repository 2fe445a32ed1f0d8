using GovText.Core.Comparison;
using GovText.Core.Errors;
using GovText.Core.StopWords;
using GovText.Core.Tests.Statistics;

using GovText.Tests;

namespace GovText.Core.Tests.Comparison;

/// <summary>
/// Target year=2013..2014 (d3, d4) against the other dated documents (d1, d2); d5 has no year and is on neither side.
/// Chinese tokens: 1200 in the target (d3), 1800 in the reference. English has no reference tokens, so it is not tested.
/// Expected statistics printed by tests/reference/keyness_reference.py ("Fixture cases").
/// </summary>
public sealed class KeynessTableTests
{
    private static KeynessSides Sides(CountTables t) =>
        KeynessSides.Select(t, DocumentFilter.Parse("year=2013..2014", "--target"), null);

    [Fact]
    public void Sides_exclude_documents_without_a_value()
    {
        var t = ComparisonFixture.Tables();
        var sides = Sides(t);
        Assert.Equal((2, 2), (sides.TargetCount, sides.ReferenceCount));
        Assert.Equal(["d5"], sides.Undecided);
        Assert.Null(sides.SideOf("d5"));
    }

    [Fact]
    public void Concept_keyness_matches_the_reference_values_and_is_sorted_by_absolute_g2()
    {
        var rows = KeynessTable.ForConcepts(ComparisonFixture.Tables(), Sides(ComparisonFixture.Tables()));
        Assert.Equal(["social_management", "social_governance", "collaborative_governance"], rows.Select(r => r.Item));
        Assert.All(rows, r => Assert.Equal(("zh", 1200L, 1800L), (r.Language, r.Score.NTarget, r.Score.NReference)));

        Check(rows[0], 0, 7, -7.162470259909332, 4.677581022385565, 3.1561739296453624, -3.2223924213364477, 0.0074444604094472365, tests: 3);
        Check(rows[1], 5, 1, 4.787234039284343, 4.7038521487419285, 3.0686372745490975, 2.9068905956085187, 0.02867143276114517, tests: 3);
        Check(rows[2], 2, 1, 0.868619009954166, 0.8897786675564454, 0.12512512512512514, 1.584962500721156, 0.3513379089362185, tests: 3);
    }

    [Fact]
    public void Word_keyness_applies_min_count_and_tests_only_word_languages_with_both_sides()
    {
        var t = ComparisonFixture.Tables();
        var rows = KeynessTable.ForWords(t, Sides(t), minCount: 5, StopWordList.None);
        // 网格 (3) is below the minimum; English has no reference tokens; numbers are not words; d5's 治理 is on no side.
        Assert.Equal(["治理", "管理", "发展"], rows.Select(r => r.Item));
        Check(rows[0], 10, 2, 9.593372821343243, 9.426595269968765, 7.700942659527, 2.9068905956085187, 0.0019528090219479292, tests: 3);
        Check(rows[1], 1, 14, -8.82267867324426, 6.979341150195422, 5.653266331658291, -3.2223924213364477, 0.0029750961366155613, tests: 3);
        Check(rows[2], 25, 35, 0.0705557059403849, 0.07086167800453515, 0.017715419501133787, 0.09953567355091437, 0.7905293849986548, tests: 3);

        Assert.Contains("网格", KeynessTable.ForWords(t, Sides(t), minCount: 3, StopWordList.None).Select(r => r.Item));
    }

    [Fact]
    public void Stop_words_are_not_tested_and_leave_the_bonferroni_count()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var list = dir.File("stop.txt");
        File.WriteAllText(list, "# my list\n管理 | management\n");
        var t = ComparisonFixture.Tables();
        var rows = KeynessTable.ForWords(t, Sides(t), 5, StopWordList.FromFile(list));
        // 管理 is gone; the two words left are two tests, and the totals (n) still include 管理's tokens.
        Assert.Equal(["治理", "发展"], rows.Select(r => r.Item));
        Check(rows[0], 10, 2, 9.593372821343243, 9.426595269968765, 7.700942659527, 2.9068905956085187, 0.0019528090219479292, tests: 2);
        Check(rows[1], 25, 35, 0.0705557059403849, 0.07086167800453515, 0.017715419501133787, 0.09953567355091437, 0.7905293849986548, tests: 2);
        Assert.All(rows, r => Assert.Equal((1200L, 1800L), (r.Score.NTarget, r.Score.NReference)));
    }

    [Fact]
    public void Csv_round_trips_with_tiny_p_values_intact()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var t = ComparisonFixture.Tables();
        var rows = KeynessTable.ForWords(t, Sides(t), 5, StopWordList.None);
        var path = dir.File("keyness_words.csv");
        KeynessTable.Write(path, "token", rows);
        Assert.Equal("token,language,f_target,f_ref,n_target,n_ref,g2,chi2,chi2_yates,log_ratio,p,p_bonferroni", File.ReadLines(path).First());
        Assert.Equal(rows, KeynessTable.Read(path));

        var tiny = new KeynessRow("x", "zh", Core.Statistics.KeynessScore.Compute(1000, 1, 100_000, 100_000), 1e-200);
        KeynessTable.Write(path, "concept_id", [tiny]);
        var back = Assert.Single(KeynessTable.Read(path));
        Assert.Equal(tiny.Score.P, back.Score.P);
        Assert.True(back.Score.P is > 0 and < 1e-200);
    }

    [Fact]
    public void A_language_with_fewer_than_1000_tokens_on_a_side_is_refused_with_a_note()
    {
        var t = ComparisonFixture.Tables();
        // Default split: English has 1,100 target tokens (d3 500 + d4 600) and none in the reference.
        Assert.Equal(["keyness in 'en' not computed: the target has 1,100 and the reference 0 en word tokens; each side needs at least 1,000"],
            KeynessTable.Refusals(t, Sides(t)));
        // 2014 (d4: 600 en) against 2013 (d3: 500 en, 1,200 zh): neither language has 1,000 tokens on both sides.
        var small = KeynessSides.Select(t, DocumentFilter.Parse("year=2014", "--target"), DocumentFilter.Parse("year=2013", "--reference"));
        Assert.Empty(KeynessTable.ForConcepts(t, small));
        Assert.Empty(KeynessTable.ForWords(t, small, 1, StopWordList.None));
        Assert.Equal(
        [
            "keyness in 'en' not computed: the target has 600 and the reference 500 en word tokens; each side needs at least 1,000",
            "keyness in 'zh' not computed: the target has 0 and the reference 1,200 zh word tokens; each side needs at least 1,000",
        ], KeynessTable.Refusals(t, small));
    }

    [Fact]
    public void Overlapping_or_empty_sides_are_configuration_errors()
    {
        var t = ComparisonFixture.Tables();
        Assert.Contains("must not overlap", Assert.Throws<ConfigurationException>(() =>
            KeynessSides.Select(t, DocumentFilter.Parse("year=2010..2013", "--target"), DocumentFilter.Parse("source=A", "--reference"))).Message);
        Assert.Contains("selects no document", Assert.Throws<ConfigurationException>(() =>
            KeynessSides.Select(t, DocumentFilter.Parse("year=1990..1999", "--target"), null)).Message);
        Assert.Contains("nothing is left", Assert.Throws<ConfigurationException>(() =>
            KeynessSides.Select(t, DocumentFilter.Parse("year=2000..2020", "--target"), null)).Message);
    }

    [Fact]
    public void Explicit_reference_uses_only_the_documents_it_selects()
    {
        var t = ComparisonFixture.Tables();
        var sides = KeynessSides.Select(t, DocumentFilter.Parse("year=2013", "--target"), DocumentFilter.Parse("year=2010", "--reference"));
        Assert.Equal((1, 1), (sides.TargetCount, sides.ReferenceCount));
        var row = KeynessTable.ForConcepts(t, sides).First(r => r.Item == "social_governance");
        Assert.Equal((5L, 0L, 1200L, 1000L), (row.Score.FTarget, row.Score.FReference, row.Score.NTarget, row.Score.NReference));
    }

    private static void Check(KeynessRow row, long ft, long fr, double g2, double chi2, double yates, double lr, double p, int tests)
    {
        Assert.Equal((ft, fr), (row.Score.FTarget, row.Score.FReference));
        KeynessScoreTests.AssertRelative(g2, row.Score.G2, 1e-12);
        KeynessScoreTests.AssertRelative(chi2, row.Score.Chi2, 1e-12);
        KeynessScoreTests.AssertRelative(yates, row.Score.Chi2Yates, 1e-12);
        KeynessScoreTests.AssertRelative(lr, row.Score.LogRatio, 1e-12);
        KeynessScoreTests.AssertRelative(p, row.Score.P, 1e-9);
        KeynessScoreTests.AssertRelative(Math.Min(1, p * tests), row.PBonferroni, 1e-9);
    }
}
