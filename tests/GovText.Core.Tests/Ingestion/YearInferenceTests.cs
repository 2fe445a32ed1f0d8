using GovText.Core.Ingestion;
using GovText.Core.Pipeline;
using GovText.Tests;

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
        Assert.Equal("mixed", docs["party-building-governance-pssxiv-2024.txt"].Language);
        Assert.All(docs.Values.Where(d => !d.Path.StartsWith("party-building", StringComparison.Ordinal)), d => Assert.Equal("en", d.Language));
        Assert.Equal("party-building-governance-pssxiv-2024", docs["party-building-governance-pssxiv-2024.txt"].Id);
    }
}
