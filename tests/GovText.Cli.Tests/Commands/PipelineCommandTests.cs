using GovText.Core.Results;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;
using GovText.Core.Text;

namespace GovText.Cli.Tests.Commands;

/// <summary>count, kwic, compare and plot end to end, on the sample corpus and on the Government Work Reports.</summary>
public class PipelineCommandTests
{
    [Fact]
    public async Task Kwic_shows_every_hit_that_count_counts()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var counted = dir.File("count");
        var concordance = dir.File("kwic");
        Assert.Equal(0, (await Run("count", TestEnvironment.SampleCorpus, "--out", counted, "--quiet")).Code);
        var (code, output, error) = await Run("kwic", TestEnvironment.SampleCorpus, "--concept", "grassroots_governance", "--out", concordance);
        Assert.Equal(0, code);
        Assert.Equal("", error);

        // A concept's category total is its distinct matched spans, children included: one concordance line each.
        // Hand counts: grassroots_governance's own 49 (1 + 13 + 9 + 24 + 1 + 1) and community_governance's 9 (1 + 7 + 1).
        var expected = ResultTables.ConceptCounts.Read(ResultTables.ConceptCounts.PathIn(counted))
            .Where(r => r.ConceptId == "grassroots_governance").Sum(r => r.CountWithChildren);
        var lines = File.ReadAllLines(Path.Combine(concordance, "kwic.csv")).Skip(1).ToList();
        Assert.Equal(58, expected);
        Assert.Equal(expected, lines.Count);
        Assert.Contains($"{expected} hit(s)", output);
        // Every hit of a descendant (community_governance) is among them.
        Assert.Equal(9, lines.Count(l => l.Contains(",community_governance,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_concept_table_shows_own_counts_unless_rollup_is_asked_for()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var own = await Run("count", TestEnvironment.SampleCorpus, "--out", dir.File("own"));
        var rolled = await Run("count", TestEnvironment.SampleCorpus, "--out", dir.File("rolled"), "--rollup");
        Assert.Equal((0, 0), (own.Code, rolled.Code));
        Assert.Contains("each concept's own terms", own.Out);
        Assert.Contains("--rollup: a parent's count includes its children's", rolled.Out);
        // Hand counts: grassroots_governance's own 49, with community_governance's 9 a category total of 58.
        static string Row(string output) => output.Split('\n').Single(l => l.Contains("grassroots_governance", StringComparison.Ordinal));
        Assert.EndsWith("49 │", Row(own.Out).TrimEnd());
        Assert.EndsWith("58 │", Row(rolled.Out).TrimEnd());
    }

    [Fact]
    public async Task A_malformed_word_frequency_row_is_a_clear_error_naming_the_file()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Assert.Equal(0, (await Run("count", TestEnvironment.SampleCorpus, "--out", dir.Path, "--word-frequencies", "--quiet")).Code);
        File.AppendAllText(dir.File("word_frequencies.csv"), "shanghai-party-building,en,governance,many\n");

        // Only word keyness reads this table (streamed): without --target the run does not touch it.
        Assert.Equal(0, (await Run("compare", "--from", dir.Path, "--no-charts")).Code);
        var (code, _, error) = await Run("compare", "--from", dir.Path, "--target", "year=2020..2025", "--no-charts");
        Assert.Equal(2, code);
        Assert.Contains("word_frequencies.csv", error);
    }

    [Fact]
    public async Task Count_writes_word_frequencies_only_when_asked_and_word_keyness_without_them_says_how_to_get_them()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Assert.Equal(0, (await Run("count", TestEnvironment.SampleCorpus, "--out", dir.Path, "--quiet")).Code);
        Assert.False(File.Exists(dir.File("word_frequencies.csv")));
        Assert.True(File.Exists(dir.File("concept_counts.csv")));

        Assert.Equal(0, (await Run("compare", "--from", dir.Path, "--no-charts", "--quiet")).Code);
        var (code, _, error) = await Run("compare", "--from", dir.Path, "--target", "year=2020..2025", "--no-charts");
        Assert.Equal(2, code);
        Assert.Contains("word_frequencies.csv", error);
        Assert.Contains("--word-frequencies", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_is_a_clear_error_and_leaves_the_corpus_untouched()
    {
        using var dir = TestEnvironment.CreateTempDir();
        File.WriteAllText(dir.File("not-a-folder"), "a file");
        var before = Directory.GetFiles(TestEnvironment.SampleCorpus, "*", SearchOption.AllDirectories).Length;

        var (code, _, error) = await Run("count", TestEnvironment.SampleCorpus, "--out", dir.File("not-a-folder/results"), "--quiet");

        // Bad usage (issue 9): the output folder is checked before anything is read or written.
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error);
        Assert.Contains("--out", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(before, Directory.GetFiles(TestEnvironment.SampleCorpus, "*", SearchOption.AllDirectories).Length);
    }

    [SharedCorpusFact]
    public async Task Compare_and_plot_on_the_work_reports_show_the_shift_from_social_management_to_social_governance()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var gwr = Path.Combine(TestEnvironment.SharedDir!, "corpora", "gwr");
        var (code, _, error) = await Run("compare", gwr, "--by", "year", "--target", "year=2013..2025", "--out", dir.Path, "--quiet");
        Assert.True(code == 0, error);

        foreach (var file in new[] { "documents.csv", "concept_counts.csv", "concept_matches.csv", "word_frequencies.csv",
                                     "concept_by_group.csv", "keyness.csv", "keyness_words.csv", "cooccurrence.csv" })
            Assert.True(File.Exists(dir.File(file)), file);
        foreach (var chart in new[] { "concept_rates_bars", "concept_rates_heatmap", "concept_trends", "keyness_concepts",
                                      "keyness_words", "cooccurrence_network" })
        {
            Assert.True(File.Exists(dir.File($"charts/{chart}.png")), chart + ".png");
            Assert.True(File.Exists(dir.File($"charts/{chart}.svg")), chart + ".svg");
        }

        // SOURCE.md describes the folder and is not a report: 56 Chinese reports and one English one were read.
        Assert.Equal(57, File.ReadAllLines(dir.File("documents.csv")).Length - 1);

        // Issue 8: no concept shows a count its terms did not produce. Each concept's own count is exactly its rows in
        // concept_matches.csv (outside set-aside text); 三治融合 / 三治结合 never occur, so its count is 0 (it was 157).
        var counts = ResultTables.ConceptCounts.Read(dir.File("concept_counts.csv")).ToList();
        var matches = ResultTables.ConceptMatches.Read(dir.File("concept_matches.csv")).ToList();
        foreach (var concept in counts.Select(r => r.ConceptId).Distinct())
            Assert.Equal(matches.Count(m => m.ConceptId == concept && m.Language != Language.Other), counts.Where(r => r.ConceptId == concept).Sum(r => r.Count));
        Assert.Equal(0, counts.Where(r => r.ConceptId == "three_governance_integration").Sum(r => r.Count));
        // The Chinese reports' stray Latin tokens (GDP, M2, PM2.5) make no English rows: only the English edition has them,
        // and English keyness (16,059 target tokens against none) is refused with a warning, not written.
        Assert.Equal(["gwr-en-2017"], counts.Where(r => r.Language == Language.English).Select(r => r.DocId).Distinct());
        Assert.Contains("keyness in 'en' not computed", error);

        var keyness = ResultTables.ConceptKeyness.Read(dir.File("keyness.csv")).ToList();
        Assert.DoesNotContain(keyness, r => r.Language == Language.English);
        var social = keyness.Single(r => r.Item == "social_governance" && r.Language == Language.Chinese);
        var management = keyness.Single(r => r.Item == "social_management" && r.Language == Language.Chinese);
        Assert.True(social.Score.G2 > 100 && social.Score.P < 1e-20, $"社会治理: G2 {social.Score.G2}, p {social.Score.P}");
        Assert.True(management.Score.G2 < 0, $"社会管理 should be rarer in 2013–2025: G2 {management.Score.G2}");

        // 2020 has no report: the year is absent from the groups, never a zero.
        var years = File.ReadAllLines(dir.File("concept_by_group.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        Assert.Contains("2019", years);
        Assert.DoesNotContain("2020", years);

        var restyled = dir.File("restyled");
        var plot = await Run("plot", "--from", dir.Path, "--out", restyled, "--by", "year", "--labels", "zh", "--quiet");
        Assert.True(plot.Code == 0, plot.Err);
        Assert.True(File.Exists(Path.Combine(restyled, "charts", "keyness_concepts.png")));
        Assert.True(File.Exists(Path.Combine(restyled, "charts", "concept_trends.svg")));
    }
}
