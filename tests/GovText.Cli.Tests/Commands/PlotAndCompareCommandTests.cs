using GovText.Cli;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Commands;

/// <summary>The plot and compare commands run in-process on a small results folder written as a count run would.</summary>
public sealed class PlotAndCompareCommandTests
{
    private static void WriteResults(string dir)
    {
        File.WriteAllText(Path.Combine(dir, "documents.csv"),
            "doc_id,path,title,year,year_source,language,encoding,chars,han_chars,latin_words,paragraphs,sentences,removed_lines,sha256,source\n" +
            "a,a.txt,A,2012,manifest,zh,utf-8,100,90,0,2,4,0,x,gwr\n" +
            "b,b.txt,B,2014,manifest,zh,utf-8,100,90,0,2,5,0,x,gwr\n" +
            "c,c.txt,C,2015,manifest,zh,utf-8,100,90,0,1,3,0,x,gwr\n");
        File.WriteAllText(Path.Combine(dir, "concept_counts.csv"),
            "doc_id,concept_id,concept_en,concept_zh,language,count,count_with_children,tokens,per_10k,per_10k_with_children,han_chars,per_10k_han\n" +
            "a,social_management,Social management,社会管理,zh,3,3,1000,30,30,1800,16.7\n" +
            "a,social_governance,Social governance,社会治理,zh,0,0,1000,0,0,1800,0\n" +
            "b,social_management,Social management,社会管理,zh,0,0,1200,0,0,1800,0\n" +
            "b,social_governance,Social governance,社会治理,zh,2,2,1200,16.7,16.7,1800,11.1\n" +
            "c,social_management,Social management,社会管理,zh,1,1,400,25,25,1800,5.6\n" +
            "c,social_governance,Social governance,社会治理,zh,2,2,400,50,50,1800,11.1\n");
        File.WriteAllText(Path.Combine(dir, "concept_matches.csv"),
            "doc_id,concept_id,language,term,paragraph,sentence,start,end,matched_text\n" +
            "a,social_management,zh,社会管理,0,0,0,4,社会管理\n" +
            "a,social_management,zh,社会管理,0,1,10,14,社会管理\n" +
            "a,social_management,zh,社会管理,1,3,30,34,社会管理\n" +
            "b,social_governance,zh,社会治理,0,0,0,4,社会治理\n" +
            "b,social_governance,zh,社会治理,1,4,40,44,社会治理\n" +
            "c,social_management,zh,社会管理,0,1,5,9,社会管理\n" +
            "c,social_governance,zh,社会治理,0,1,12,16,社会治理\n" +
            "c,social_governance,zh,社会治理,0,2,20,24,社会治理\n");
        File.WriteAllText(Path.Combine(dir, "word_frequencies.csv"),
            "doc_id,language,token,count\n" +
            "a,zh,社会管理,3\na,zh,发展,47\nb,zh,社会治理,2\nb,zh,发展,58\nc,zh,社会管理,1\nc,zh,社会治理,2\nc,zh,发展,37\n");
    }

    [Fact]
    public async Task Compare_from_a_results_folder_writes_the_tables_and_charts()
    {
        using var dir = TestEnvironment.CreateTempDir();
        WriteResults(dir.Path);
        var (code, stdout, stderr) = await Run("compare", "--from", dir.Path, "--by", "year", "--target", "year=2014..2015",
            "--min-count", "1", "--width", "600", "--height", "400");
        Assert.True(code == 0, stderr);
        foreach (var file in new[] { "concept_by_group.csv", "keyness.csv", "keyness_words.csv", "cooccurrence.csv", "charts/concept_trends.png", "charts/keyness_concepts.svg" })
        {
            Assert.True(File.Exists(dir.File(file)), file);
            Assert.Contains(dir.File(file), stdout);
        }
        // Target 2014..2015: social_governance 4 of 1,600 tokens vs 0 of 1,000 in 2012.
        Assert.Contains(File.ReadAllLines(dir.File("keyness.csv")), l => l.StartsWith("social_governance,zh,4,0,1600,1000,", StringComparison.Ordinal));
        Assert.DoesNotContain("\n2013,", File.ReadAllText(dir.File("concept_by_group.csv")));
    }

    [Fact]
    public async Task Plot_redraws_charts_only_and_reuses_the_compare_keyness()
    {
        using var dir = TestEnvironment.CreateTempDir();
        WriteResults(dir.Path);
        Assert.Equal(0, (await Run("compare", "--from", dir.Path, "--target", "year=2014..2015", "--no-charts")).Code);
        Assert.False(Directory.Exists(dir.File("charts")));

        using var outDir = TestEnvironment.CreateTempDir();
        var (code, stdout, stderr) = await Run("plot", "--from", dir.Path, "--out", outDir.Path, "--by", "year", "--labels", "both", "--dpi", "192",
            "--width", "500", "--height", "300");
        Assert.True(code == 0, stderr);
        var files = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(12, files.Length);
        Assert.All(files, f => Assert.StartsWith(Path.Combine(outDir.Path, "charts"), f));
        Assert.Contains(Path.Combine(outDir.Path, "charts", "keyness_concepts.png"), files);
        Assert.False(File.Exists(outDir.File("concept_by_group.csv")));
        Assert.Contains("charts: font", stderr);
    }

    [Fact]
    public async Task Plot_from_a_compare_folder_draws_keyness_as_the_compare_run_did_with_its_title()
    {
        using var dir = TestEnvironment.CreateTempDir();
        WriteResults(dir.Path);
        var (code, _, stderr) = await Run("compare", "--from", dir.Path, "--by", "year", "--target", "year=2014..2015",
            "--min-count", "3", "--keyness-correction", "none", "--width", "600", "--height", "400");
        Assert.True(code == 0, stderr);
        var fresh = ChartTexts(dir.File("charts/keyness_concepts.svg"));
        Assert.Contains("Keyness of concepts: year=2014..2015 (2 docs) vs all other documents (1 doc)", fresh);
        Assert.Contains("p < 0.05, uncorrected: |G²| > 3.84", fresh);
        var freshWords = ChartTexts(dir.File("charts/keyness_words.svg"));
        Assert.Contains("社会治理", freshWords); // 4 occurrences: tested only with --min-count 3

        // No keyness option on the plot's command line: those of the compare run recorded in run.json are used.
        using var outDir = TestEnvironment.CreateTempDir();
        (code, _, stderr) = await Run("plot", "--from", dir.Path, "--out", outDir.Path, "--by", "year", "--width", "600", "--height", "400");
        Assert.True(code == 0, stderr);
        Assert.Equal(fresh, ChartTexts(outDir.File("charts/keyness_concepts.svg")));
        Assert.Equal(freshWords, ChartTexts(outDir.File("charts/keyness_words.svg")));
        Assert.Equal(File.ReadAllBytes(dir.File("charts/keyness_words.png")), File.ReadAllBytes(outDir.File("charts/keyness_words.png")));
        var recorded = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(outDir.File("run.json")))!["options"]!;
        Assert.Equal(("year=2014..2015", 3, "none"), ((string?)recorded["target"], (int)recorded["min-count"]!, (string?)recorded["keyness-correction"]));

        // The command line still wins.
        (code, _, stderr) = await Run("plot", "--from", dir.Path, "--out", outDir.Path, "--by", "year", "--keyness-correction", "bonferroni");
        Assert.True(code == 0, stderr);
        Assert.Contains(ChartTexts(outDir.File("charts/keyness_concepts.svg")), t => t.StartsWith("p < 0.05, Bonferroni, m = 2: |G²| > 5.02", StringComparison.Ordinal));
    }

    private static List<string> ChartTexts(string svg) =>
        System.Xml.Linq.XDocument.Load(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

    [Fact]
    public async Task Keyness_is_refused_with_a_warning_when_a_side_has_fewer_than_500_tokens()
    {
        using var dir = TestEnvironment.CreateTempDir();
        WriteResults(dir.Path);
        // 2015 alone (c: 400 tokens) against the rest: too little text for a keyness table.
        var (code, _, stderr) = await Run("compare", "--from", dir.Path, "--target", "year=2015", "--no-charts");
        Assert.True(code == 0, stderr);
        Assert.Contains("keyness in 'zh' not computed: the target has 400 and the reference 2,200 zh word tokens; each side needs at least 500", stderr);
        Assert.Single(File.ReadAllLines(dir.File("keyness.csv"))); // the header only
    }

    [Theory]
    [InlineData("--target", "year=2015..2012", "lower bound")]
    [InlineData("--target", "region=north", "no column 'region'")]
    [InlineData("--by", "region", "group by 'region'")]
    [InlineData("--labels", "fr", "--labels: chart labels 'fr': expected en, zh or both")]
    [InlineData("--dpi", "5", "--dpi: a chart's resolution must be between 50 and 1200 dpi (got 5)")]
    public async Task Bad_options_exit_2_with_a_clear_message(string option, string value, string message)
    {
        using var dir = TestEnvironment.CreateTempDir();
        WriteResults(dir.Path);
        var (code, _, stderr) = await Run("plot", "--from", dir.Path, option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public async Task Missing_table_names_the_file_and_the_command_that_writes_it()
    {
        using var dir = TestEnvironment.CreateTempDir();
        WriteResults(dir.Path);
        File.Delete(dir.File("concept_matches.csv"));
        var (code, _, stderr) = await Run("plot", "--from", dir.Path);
        Assert.Equal(2, code);
        Assert.Contains("concept_matches.csv (or concept_matches.parquet) is missing", stderr);
        Assert.Contains("govtext count", stderr);
    }
}
