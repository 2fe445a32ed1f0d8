using GovText.Core.Comparison;
using GovText.Core.Errors;
using GovText.Core.Results;
using GovText.Core.StopWords;
using GovText.Core.Tests.Statistics;

using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Core.Tests.Comparison;

/// <summary>
/// Target year=2013..2014 (d3, d4) against the other dated documents (d1, d2); d5 has no year and is on neither side.
/// Chinese tokens: 1200 in the target (d3), 1800 in the reference. English has no reference tokens, so it is not tested.
/// Expected statistics printed by tests/reference/keyness_reference.py ("Fixture cases").
/// </summary>
public sealed class KeynessTableTests
{
    private static CountAccumulator Counts(string target = "year=2013..2014", string? reference = null, int minCount = 5) =>
        ComparisonFixture.Accumulate(new ComparisonOptions
        {
            Target = DocumentFilter.Parse(target, "target"),
            Reference = reference is null ? null : DocumentFilter.Parse(reference, "reference"),
            MinCount = minCount,
        });

    private static KeynessCounts Sides() => Counts().Keyness!;

    private static IReadOnlyList<KeynessRow> Concepts(CountAccumulator c) => KeynessTable.ForConcepts(c.Keyness!, c.Concepts, c.Languages);

    [Fact]
    public void Sides_exclude_documents_without_a_value()
    {
        var sides = Sides();
        Assert.Equal((2, 2), (sides.TargetDocs, sides.ReferenceDocs));
        Assert.Equal(["d5"], sides.Undecided.First);
        Assert.Equal(1, sides.Undecided.Count);
    }

    [Fact]
    public void Concept_keyness_matches_the_reference_values_and_is_sorted_by_absolute_g2()
    {
        var rows = Concepts(Counts());
        Assert.Equal(["social_management", "social_governance", "collaborative_governance"], rows.Select(r => r.Item));
        Assert.All(rows, r => Assert.Equal((Language.Chinese, 1200L, 1800L), (r.Language, r.Score.NTarget, r.Score.NReference)));

        Check(rows[0], 0, 7, -7.162470259909332, 4.677581022385565, 3.1561739296453624, -3.2223924213364477, 0.0074444604094472365, tests: 3);
        Check(rows[1], 5, 1, 4.787234039284343, 4.7038521487419285, 3.0686372745490975, 2.9068905956085187, 0.02867143276114517, tests: 3);
        Check(rows[2], 2, 1, 0.868619009954166, 0.8897786675564454, 0.12512512512512514, 1.584962500721156, 0.3513379089362185, tests: 3);
    }

    [Fact]
    public void Word_keyness_applies_min_count_and_tests_only_word_languages_with_both_sides()
    {
        var rows = KeynessTable.ForWords(Sides(), minCount: 5, StopWordList.None);
        // 网格 (3) is below the minimum; English has no reference tokens; numbers are not words; d5's 治理 is on no side.
        Assert.Equal(["治理", "管理", "发展"], rows.Select(r => r.Item));
        Check(rows[0], 10, 2, 9.593372821343243, 9.426595269968765, 7.700942659527, 2.9068905956085187, 0.0019528090219479292, tests: 3);
        Check(rows[1], 1, 14, -8.82267867324426, 6.979341150195422, 5.653266331658291, -3.2223924213364477, 0.0029750961366155613, tests: 3);
        Check(rows[2], 25, 35, 0.0705557059403849, 0.07086167800453515, 0.017715419501133787, 0.09953567355091437, 0.7905293849986548, tests: 3);

        Assert.Contains("网格", KeynessTable.ForWords(Sides(), minCount: 3, StopWordList.None).Select(r => r.Item));
    }

    [Fact]
    public void Stop_words_are_not_tested_and_leave_the_bonferroni_count()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var list = dir.File("stop.txt");
        File.WriteAllText(list, "# my list\n管理 | management\n");
        var rows = KeynessTable.ForWords(Sides(), 5, StopWordList.FromFile(list));
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
        var rows = KeynessTable.ForWords(Sides(), 5, StopWordList.None);
        var path = dir.File("keyness_words.csv");
        ResultTables.WordKeyness.Write(path, rows);
        Assert.Equal("token,language,f_target,f_ref,n_target,n_ref,g2,chi2,chi2_yates,log_ratio,p,p_bonferroni", File.ReadLines(path).First());
        Assert.Equal(rows, ResultTables.WordKeyness.Read(path));

        var tiny = KeynessRow.Of("x", Language.Chinese, Core.Statistics.KeynessScore.Compute(1000, 1, 100_000, 100_000), 1e-200);
        ResultTables.ConceptKeyness.Write(path, [tiny]);
        var back = Assert.Single(ResultTables.ConceptKeyness.Read(path));
        Assert.Equal(tiny.Score.P, back.Score.P);
        Assert.True(back.Score.P is > 0 and < 1e-200);
    }

    [Fact]
    public void A_language_with_fewer_than_500_tokens_on_a_side_is_refused_with_a_note()
    {
        // Default split: English has 1,100 target tokens (d3 500 + d4 600) and none in the reference.
        Assert.Equal(["keyness in 'en' not computed: the target has 1,100 and the reference 0 en word tokens; each side needs at least 500"],
            KeynessTable.Refusals(Sides()));
        // 2014 (d4: 600 en) against 2011 (d2: 800 zh): neither language has 500 tokens on both sides.
        var small = Counts("year=2014", "year=2011", minCount: 1);
        Assert.Empty(Concepts(small));
        Assert.Empty(KeynessTable.ForWords(small.Keyness!, 1, StopWordList.None));
        Assert.Equal(
        [
            "keyness in 'en' not computed: the target has 600 and the reference 0 en word tokens; each side needs at least 500",
            "keyness in 'zh' not computed: the target has 0 and the reference 800 zh word tokens; each side needs at least 500",
        ], KeynessTable.Refusals(small.Keyness!));
    }

    [Fact]
    public void Overlapping_or_empty_sides_are_configuration_errors()
    {
        Assert.Contains("must not overlap", Assert.Throws<ConfigurationException>(() =>
            Counts("year=2010..2013", "source=A").Keyness!.Check()).Message);
        Assert.Contains("selects no document", Assert.Throws<ConfigurationException>(() =>
            Counts("year=1990..1999").Keyness!.Check()).Message);
        Assert.Contains("nothing is left", Assert.Throws<ConfigurationException>(() =>
            Counts("year=2000..2020").Keyness!.Check()).Message);
    }

    [Fact]
    public void Explicit_reference_uses_only_the_documents_it_selects()
    {
        var counts = Counts("year=2013", "year=2010");
        Assert.Equal((1, 1), (counts.Keyness!.TargetDocs, counts.Keyness.ReferenceDocs));
        var row = Concepts(counts).First(r => r.Item == "social_governance");
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
