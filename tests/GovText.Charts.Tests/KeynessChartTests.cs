using GovText.Charts;
using GovText.Core.Comparison;
using GovText.Core.Statistics;
using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Charts.Tests;

/// <summary>The keyness charts' significance line, the items per side, and what the titles and captions say.</summary>
public sealed class KeynessChartTests
{
    // Reference values: scipy.stats.chi2.isf(a, 1) (scipy 1.10.1), printed with repr.
    [Theory]
    [InlineData(0.05, 3.8414588206941285)]
    [InlineData(0.01, 6.634896601021217)]
    [InlineData(0.001, 10.827566170662733)]
    [InlineData(0.05 / 412, 14.771447468468164)]
    [InlineData(0.05 / 8452, 20.51526458220848)]
    [InlineData(1e-10, 41.82145636476129)]
    [InlineData(1e-50, 224.3847483187965)]
    [InlineData(1e-300, 1373.8726312223944)]
    [InlineData(0.5, 0.4549364231195724)]
    [InlineData(0.999, 1.570797149262492e-06)]
    public void Critical_value_is_the_chi_square_1_df_inverse_tail(double p, double expected)
    {
        var x = ChiSquareDistribution.InverseSurvivalOneDf(p);
        Assert.Equal(expected, x, expected * 1e-9);
        // And it is the value the table's p is computed from: the tail at it is p.
        Assert.Equal(p, ChiSquareDistribution.SurvivalOneDf(x), p * 1e-9);
    }

    [Fact]
    public void Bonferroni_line_is_at_the_critical_value_of_alpha_over_the_tests_of_the_language()
    {
        // 412 Chinese words (as in a keyness_words.csv with 412 zh rows) and 3 English ones.
        var table = Rows(Language.Chinese, 412, i => (i + 1, 3 * (i + 1))).Concat(Rows(Language.English, 3, i => (50, 10))).ToList();
        var thresholds = KeynessThreshold.For(table, KeynessCorrection.Bonferroni);

        Assert.Equal([Language.English, Language.Chinese], thresholds.Select(t => t.Language));
        var zh = thresholds[1];
        Assert.Equal(412, zh.Tests);
        Assert.Equal(14.771447468468164, zh.G2, 1e-8);
        Assert.Equal("p < 0.05, Bonferroni, m = 412: |G²| > 14.77", zh.Describe());
        Assert.Equal(ChiSquareDistribution.InverseSurvivalOneDf(0.05 / 3), thresholds[0].G2);

        // The line separates exactly the rows the chart selects as significant.
        var significant = KeynessSelection.Significant(table, KeynessCorrection.Bonferroni).Where(r => r.Language == Language.Chinese).ToHashSet();
        Assert.NotEmpty(significant);
        Assert.All(table.Where(r => r.Language == Language.Chinese), r => Assert.Equal(significant.Contains(r), Math.Abs(r.G2) > zh.G2));
    }

    [Fact]
    public void Benjamini_Hochberg_line_is_at_k_alpha_over_m_and_uncorrected_at_3_84()
    {
        // p = 0.001, 0.008, 0.012, 0.04, then 0.2…: ranks 1–3 satisfy p(k) ≤ k × 0.05/10, rank 4 does not (0.04 > 0.02): k = 3.
        double[] ps = [0.001, 0.008, 0.012, 0.04, 0.2, 0.3, 0.5, 0.6, 0.8, 0.9];
        var table = ps.Select((p, i) => Row("w" + i, Language.Chinese, ChiSquareDistribution.InverseSurvivalOneDf(p), p, Math.Min(1, p * 10))).ToList();

        var bh = Assert.Single(KeynessThreshold.For(table, KeynessCorrection.BenjaminiHochberg));
        Assert.Equal((10, 3), (bh.Tests, bh.Discoveries));
        Assert.Equal(5.91646788464016, bh.G2, 1e-8); // scipy chi2.isf(0.015, 1)
        Assert.Equal("q < 0.05, Benjamini-Hochberg, m = 10, 3 discoveries: |G²| ≥ 5.92", bh.Describe());

        var none = Assert.Single(KeynessThreshold.For(table, KeynessCorrection.None));
        Assert.Equal(3.8414588206941285, none.G2, 1e-9);
        Assert.Equal("p < 0.05, uncorrected: |G²| > 3.84", none.Describe());
    }

    [Fact]
    public void Unbalanced_keyness_shows_the_top_n_of_each_side()
    {
        // 19 significant target-key words and 1 significant reference-key word, plus 5 non-significant reference-key ones.
        var table = Enumerable.Range(0, 19).Select(i => Score("t" + i.ToString("00"), 200 + i * 10, 100))
            .Append(Score("r-sig", 10, 300))
            .Concat(Enumerable.Range(0, 5).Select(i => Score("r" + i, 100, 105 + i)))
            .ToList();
        var sides = KeynessSelection.TopPerSide(table, KeynessCorrection.Bonferroni, 10);

        Assert.Equal(10, sides.Target.Count);
        Assert.Equal(["t18", "t17", "t16"], sides.Target.Take(3).Select(r => r.Item)); // largest G² first
        Assert.Equal("r-sig", Assert.Single(sides.Reference).Item);
        Assert.Equal((19, 1), (sides.SignificantTarget, sides.SignificantReference));
    }

    [Fact]
    public void Words_chart_labels_the_corrected_line_says_what_was_filtered_and_spaces_its_ticks()
    {
        var data = ChartRendererTests.SyntheticChartData() with
        {
            WordFilters = ComparisonStage.WordFilters(new ComparisonOptions { Pos = new HashSet<string>(["v", "n", "vn"]) }),
        };
        using var dir = TestEnvironment.CreateTempDir();
        var result = ChartRenderer.RenderAll(data, new ChartOptions { KeynessTop = 3 }, dir.Path);
        var words = Assert.Single(result.Charts, c => c.Name == "keyness_words");

        var zh = data.WordKeyness!.Where(r => r.Language == Language.Chinese).ToList();
        var expected = "p < 0.05, Bonferroni, m = " + zh.Count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + ": |G²| > " +
                       ChiSquareDistribution.InverseSurvivalOneDf(0.05 / zh.Count).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(expected, words.DrawnStrings);
        // 2013–2025: 13 Chinese reports and the English one of 2017; 1993–2012 without 1998 and 2008: 18.
        Assert.Contains("Keyness of words: year=2013..2025 (14 docs) vs all other documents (18 docs)", words.DrawnStrings);
        var caption = Assert.Single(words.DrawnStrings, s => s.StartsWith("Signed log-likelihood", StringComparison.Ordinal));
        Assert.Contains("Chinese words kept only with jieba POS n, v, vn", caption);
        Assert.Contains("Stop words left out: default: stopwords-iso zh", caption);
        Assert.Contains("up to 3 per side drawn", caption);

        // At most one labelled x tick per 110 points of width (1,200: 10 steps, 11 labels).
        var bottomTicks = words.DrawnStrings.Where(s => double.TryParse(s.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture, out _)).ToList();
        Assert.InRange(bottomTicks.Count, 3, 11);
    }

    [Fact]
    public void Word_filters_name_the_stop_word_list_or_say_there_was_none()
    {
        Assert.Equal(["stop words left out: default: stopwords-iso zh (754 words) and Snowball English (174 words)"],
            ComparisonStage.WordFilters(new ComparisonOptions()));
        Assert.Equal(["no stop words left out (--stopwords none)", "Chinese words kept only with jieba POS n, ns"],
            ComparisonStage.WordFilters(new ComparisonOptions { StopWords = GovText.Core.StopWords.StopWordList.None, Pos = new HashSet<string>(["ns", "n"]) }));
        using var dir = TestEnvironment.CreateTempDir();
        var file = Path.Combine(dir.Path, "my-stopwords.txt");
        File.WriteAllText(file, "的\n了\nthe\n");
        var filters = ComparisonStage.WordFilters(new ComparisonOptions { StopWords = GovText.Core.StopWords.StopWordList.FromFile(file) });
        // The file by its name only: a chart in a paper does not show the author's folders.
        Assert.Equal(["stop words left out: my-stopwords.txt (2 Chinese, 1 English words)"], filters);
    }

    [Fact]
    public void An_empty_side_is_named_in_the_chart_and_counted_in_the_caption()
    {
        var data = ChartRendererTests.SyntheticChartData();
        var targetOnly = data.ConceptKeyness!.Where(r => r.G2 > 0).ToList();
        var significant = KeynessSelection.Significant(targetOnly, KeynessCorrection.Bonferroni).Count;
        Assert.InRange(significant, 1, 10);
        using var dir = TestEnvironment.CreateTempDir();
        var result = ChartRenderer.RenderAll(data with { ConceptKeyness = targetOnly }, new ChartOptions(), dir.Path);
        var chart = Assert.Single(result.Charts, c => c.Name == "keyness_concepts");

        Assert.Contains("no concept significantly more frequent in the reference", chart.DrawnStrings);
        Assert.Contains(chart.DrawnStrings, s => s.Contains(
            $"Significant (beyond the dashed lines): {significant} concept{(significant == 1 ? "" : "s")} more frequent in the target, 0 in the reference",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Languages_with_different_numbers_of_tests_get_a_line_each()
    {
        // English (3 words, all more frequent in the target) and Chinese (412 words, all more frequent in the reference).
        var table = Rows(Language.English, 3, i => (50 + i, 10)).Concat(Rows(Language.Chinese, 412, i => (i + 1, 3 * (i + 1)))).ToList();
        var data = ChartRendererTests.SyntheticChartData() with { WordKeyness = table };
        using var dir = TestEnvironment.CreateTempDir();
        var words = Assert.Single(ChartRenderer.RenderAll(data, new ChartOptions(), dir.Path).Charts, c => c.Name == "keyness_words");

        // scipy chi2.isf(0.05/3, 1) = 5.7311…, chi2.isf(0.05/412, 1) = 14.7714…
        Assert.Contains("en: |G²| > 5.73", words.DrawnStrings);
        Assert.Contains("zh: |G²| > 14.77", words.DrawnStrings);
        var caption = Assert.Single(words.DrawnStrings, s => s.StartsWith("Signed log-likelihood", StringComparison.Ordinal));
        Assert.Contains("Dashed: en p < 0.05, Bonferroni, m = 3: |G²| > 5.73; zh p < 0.05, Bonferroni, m = 412: |G²| > 14.77", caption);
        Assert.Contains("en2 [en]", words.DrawnStrings);
    }

    [Fact]
    public void Sparse_ticks_are_round_multiples()
    {
        Assert.Equal([-400, -200, 0, 200, 400, 600, 800], ChartContext.SparseTickPositions(-410, 905, 10));
        Assert.Equal([-20, 0, 20, 40, 60, 80, 100, 120], ChartContext.SparseTickPositions(-25.3, 137.2, 10));
        Assert.Equal([0, 2.5, 5, 7.5, 10], ChartContext.SparseTickPositions(0, 10, 4));
    }

    [Fact]
    public void Palette_colours_are_visible_on_white()
    {
        // WCAG contrast ratio with white; the Okabe–Ito yellow #F0E442 had 1.32:1, i.e. a faint bar and an invisible line.
        foreach (var colour in ConceptPalette.Colors.Take(8))
        {
            double Linear(byte c) => c / 255.0 <= 0.04045 ? c / 255.0 / 12.92 : Math.Pow((c / 255.0 + 0.055) / 1.055, 2.4);
            var luminance = 0.2126 * Linear(colour.R) + 0.7152 * Linear(colour.G) + 0.0722 * Linear(colour.B);
            Assert.True(1.05 / (luminance + 0.05) >= 2.2, $"{colour.ToHex()} has contrast {1.05 / (luminance + 0.05):0.00}:1 on white");
        }
        Assert.Equal("#8844DD", ConceptPalette.Colors[7].ToHex());
    }

    private static KeynessRow Score(string item, long fTarget, long fReference)
    {
        var score = KeynessScore.Compute(fTarget, fReference, 100_000, 100_000);
        return KeynessRow.Of(item, Language.Chinese, score, Bonferroni.Adjust(score.P, 25));
    }

    private static IEnumerable<KeynessRow> Rows(Language language, int m, Func<int, (long T, long R)> f) =>
        Enumerable.Range(0, m).Select(i =>
        {
            var (t, r) = f(i);
            var score = KeynessScore.Compute(t, r, 200_000, 200_000);
            return KeynessRow.Of($"{language}{i}", language, score, Bonferroni.Adjust(score.P, m));
        });

    private static KeynessRow Row(string item, Language language, double g2, double p, double pBonferroni) => new()
    {
        Item = item, Language = language, FTarget = 10, FReference = 5, NTarget = 1000, NReference = 1000,
        G2 = g2, Chi2 = g2, Chi2Yates = g2, LogRatio = 1, P = p, PBonferroni = pBonferroni,
    };
}
