using GovText.Core.Ingestion;
using GovText.Core.Pipeline;
using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Core.Tests.Ingestion;

public class YearInferenceTests
{
    [Theory]
    [InlineData("[V1] 2024-10-22 16:25:44 PSSXiv:202410.02256V1", 2024)]
    [InlineData("Posted on:2023-12-02Degree:Master", 2023)]
    [InlineData("March 17, 2021 08:59 Source: China Social Sciences", 2021)]
    [InlineData("Source: Page 008 of Chinese Social Sciences Today on Oct. 19, 2017", 2017)]
    [InlineData("delivered on 5 March 2017 in Beijing", 2017)]
    [InlineData("——2021年3月5日在第十三届全国人民代表大会第四次会议上", 2021)]
    [InlineData("2017年3月 北京", 2017)]
    [InlineData("Posted 2021-03-17, updated March 17, 2021", 2021)]
    public void Full_dates_give_the_year(string head, int year) => Assert.Equal(year, YearInference.Infer(head));

    [Theory]
    [InlineData("Work Method in Shaanxi Province 2016")]
    [InlineData("PSSXiv:202410.02256V1")]
    [InlineData("Posted on 2021-03-17; revised 2022-01-05")]
    [InlineData("February 30, 2021")]
    [InlineData("")]
    public void Bare_years_conflicts_and_impossible_dates_give_none(string head) => Assert.Null(YearInference.Infer(head));

    [Fact]
    public void The_month_name_prefilter_passes_every_text_a_month_pattern_matches()
    {
        // The month-name alternatives of the date patterns, matched the way they are (ignoring case, invariant): any text
        // holding a match must pass the prefilter, or a year would be missed.
        var month = new System.Text.RegularExpressions.Regex(
            "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var names = new[] { "January", "February", "March", "April", "May", "June", "July", "August", "September", "Sept", "October", "November", "December" };
        var texts = names.SelectMany(n => new[] { n, n.ToUpperInvariant(), n.ToLowerInvariant(), n[..3] + ".", n.Replace('s', '\u017F').Replace('S', '\u017F') })
            .Concat(GovText.Core.Tests.Support.CorpusLines.All());
        var matched = 0;
        foreach (var text in texts)
        {
            if (!month.IsMatch(text)) continue;
            matched++;
            Assert.True(YearInference.MayHoldMonth(text), text);
        }
        Assert.True(matched > 60, $"only {matched}");
        Assert.False(YearInference.MayHoldMonth("——2021年3月5日在第十三届全国人民代表大会第四次会议上"));
    }

    [Fact]
    public void Sample_corpus_without_its_manifest_infers_exactly_the_stated_years()
    {
        using var dir = TestEnvironment.CreateTempDir();
        foreach (var file in Directory.GetFiles(TestEnvironment.SampleCorpus, "*.txt"))
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        var docs = TestCorpus.Ingest(dir.Path).Cast<DocumentIngested>().Select(d => d.Document).ToDictionary(d => d.Path);
        Assert.Equal(5, docs.Count);
        Assert.Equal((2024, "inferred"), (docs["party-building-governance-pssxiv-2024.txt"].Year, docs["party-building-governance-pssxiv-2024.txt"].YearSource));
        Assert.Equal((2021, "inferred"), (docs["overall-collaborative-governance-cssn-2021.txt"].Year, docs["overall-collaborative-governance-cssn-2021.txt"].YearSource));
        Assert.Equal((2023, "inferred"), (docs["grassroots-party-organizations-thesis-2023.txt"].Year, docs["grassroots-party-organizations-thesis-2023.txt"].YearSource));
        Assert.Equal((2017, "inferred"), (docs["shanghai-party-building-cssn-2017.txt"].Year, docs["shanghai-party-building-cssn-2017.txt"].YearSource));
        var shaanxi = docs["organizational-mobilization-collaborative-governance.txt"];
        Assert.Null(shaanxi.Year);
        Assert.Null(shaanxi.YearSource);
        // Without a manifest the language comes from the text: the bilingual preprint is mixed, the rest English.
        Assert.Equal(Language.Mixed, docs["party-building-governance-pssxiv-2024.txt"].Language);
        Assert.All(docs.Values.Where(d => !d.Path.StartsWith("party-building", StringComparison.Ordinal)), d => Assert.Equal(Language.English, d.Language));
        Assert.Equal("party-building-governance-pssxiv-2024", docs["party-building-governance-pssxiv-2024.txt"].Id);
    }

    [Fact]
    public void Years_come_from_the_cleaned_text_never_from_a_removed_licence_footer()
    {
        using var dir = TestEnvironment.CreateTempDir();
        const string body = "一、去年\n\n去年，这里没有任何组织，也不可能找到能在广州做组织工作的人。\n\n";
        const string footer = "这部作品在1931年1月1日以前以匿名或別名發表，確實作者身份不明（包括僅以法人名義發表），在\n美國\n以及版權期限是\n匿名別名作品發表起95年\n以下的國家以及地区（包括新加坡、\n加拿大、韓國、新西蘭\n、兩岸四地、馬來西亞）屬於\n公有領域\n。\n";
        TestCorpus.Write(dir, "cpc-zh-01-guangzhou.txt", body + footer);
        var document = TestCorpus.One(dir.Path);
        Assert.True(document.RemovedLines > 0);
        Assert.Null(document.Year);

        // A date in the text that stays is still used.
        using var dated = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dated, "a.txt", "1921年7月23日\n\n" + body + footer);
        Assert.Equal(1921, TestCorpus.One(dated.Path).Year);
    }
}
