using GovText.Core.Cleaning;
using GovText.Core.Tests.Ingestion;

namespace GovText.Core.Tests.Cleaning;

public class CleaningStepTests
{
    [Theory]
    [InlineData("modernization,the innovation", "modernization, the innovation")]
    [InlineData("collaborative governance.These principles", "collaborative governance. These principles")]
    [InlineData("the systematic,holistic,and collaborative", "the systematic, holistic, and collaborative")]
    [InlineData("Firstly,it is necessary", "Firstly, it is necessary")]
    [InlineData("self-government;Second,the role", "self-government; Second, the role")]
    public void Missing_space_after_punctuation_is_restored(string input, string expected) =>
        Assert.Equal(expected, TestCorpus.CleanText(input));

    [Theory]
    [InlineData("PSSXiv:202410.02256V1 was posted")]
    [InlineData("GDP grew 6.9 percent")]
    [InlineData("write to zzszbj@126.com today")]
    [InlineData("see www.gov.cn for the text")]
    [InlineData("see https://www.gov.cn/zhengce/ for more")]
    [InlineData("methods, e.g. interviews, i.e. talks")]
    [InlineData("the U.S. and China")]
    public void Decimals_addresses_and_abbreviations_are_not_split(string input) =>
        Assert.Equal(input, TestCorpus.CleanText(input));

    [Fact]
    public void Glued_keyword_runs_are_separated()
    {
        Assert.Equal("Party building leadership; Organizational mobilization; Linkage governance; Grassroots society; Governance innovation",
            TestCorpus.CleanText("Party building leadershipOrganizational mobilizationLinkage governanceGrassroots societyGovernance innovation"));
    }

    [Theory]
    [InlineData("the iPhone and McDonald and PSSXiv and McKinsey")]
    [InlineData("JavaScript is in the word list")]
    public void Camel_case_names_are_not_split(string input) => Assert.Equal(input, TestCorpus.CleanText(input));

    [Fact]
    public void Unicode_step_normalizes_removes_invisible_characters_and_narrows_full_width_letters_and_digits()
    {
        var cleaned = TestCorpus.CleanText("各位代表\u200B：２０１７年ＧＤＰ增长６．９％，Cafe\u0301\u0007。");
        // Full-width letters and digits narrow; the full-width period and percent sign are punctuation and stay.
        Assert.Equal("各位代表：2017年GDP增长6．9％，Café。", cleaned);
    }

    [Fact]
    public void Spaces_of_every_kind_collapse_and_lines_are_trimmed() =>
        Assert.Equal("between primary-level party building", TestCorpus.CleanText("\u3000between\u00A0 primary-level\tparty building  "));

    [Fact]
    public void Hard_wrapped_lines_join_without_space_between_han_and_with_one_between_latin_words()
    {
        Assert.Equal("现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。",
            TestCorpus.CleanText("现在，我代表国务院，向大会报告政府工作，", "请予审议，并请全国政协各位委员提出意见", "。"));
        Assert.Equal("On behalf of the State Council, I will now report to you on the work of the government and ask for your deliberation and approval.",
            TestCorpus.CleanText("On behalf of the State Council, I will now report to", "you on the work of the government and ask for your", "deliberation and approval."));
    }

    [Fact]
    public void Lines_of_one_paragraph_each_stay_apart()
    {
        var cleaned = TestCorpus.Clean(CleaningOptions.Default,
            "Promoting the overall collaboration governance of urban and rural grassroots",
            "March 17, 2021 08:59 Source: \"China Social Sciences\" March 17, 2021 Total 2127 Author: Cui Jing");
        Assert.Equal(2, cleaned.Paragraphs.Count);
    }

    [Fact]
    public void No_clean_leaves_the_text_as_it_is_apart_from_spaces()
    {
        var cleaned = TestCorpus.Clean(CleaningOptions.None, "Font Size: a A A", "social govern-ance,the end");
        Assert.Equal(["Font Size: a A A", "social govern-ance,the end"], cleaned.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Each_step_can_be_switched_off_alone()
    {
        var steps = new HashSet<string>(CleaningStep.All);
        steps.Remove(CleaningStep.Hyphenation);
        var options = CleaningOptions.Default with { Steps = steps };
        Assert.Equal("social govern-ance, the end", TestCorpus.Clean(options, "social govern-ance,the end").Paragraphs.Single().Text);
    }

    [Fact]
    public void Changes_are_counted_per_step_and_explained_when_asked()
    {
        var options = CleaningOptions.Default with { Explain = true };
        var cleaned = TestCorpus.Clean(options, "Font Size: a A A", "social govern-ance,the end");
        Assert.Equal(1, cleaned.Report.Steps[CleaningStep.Hyphenation]);
        Assert.Equal(1, cleaned.Report.Steps[CleaningStep.Spacing]);
        Assert.Equal(1, cleaned.Report.RemovedLinesByRule["font-size"]);
        Assert.Contains(new CleaningEvent("boilerplate", "font-size", 1, "Font Size: a A A"), cleaned.Report.Events);
        Assert.Contains(new CleaningEvent("hyphenation", "known-word", 2, "govern-ance → governance"), cleaned.Report.Events);
        Assert.Empty(TestCorpus.Clean(CleaningOptions.Default, "Font Size: a A A").Report.Events);
    }
}
