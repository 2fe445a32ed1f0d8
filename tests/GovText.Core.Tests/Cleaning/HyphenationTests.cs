using GovText.Core.Tests.Ingestion;

namespace GovText.Core.Tests.Cleaning;

public class HyphenationTests
{
    [Theory]
    [InlineData("social govern-ance led by", "social governance led by")]
    [InlineData("Organizational mobiliza-tion seeks", "Organizational mobilization seeks")]
    [InlineData("\"Five Syn-chronizations\" work", "\"Five Synchronizations\" work")]
    [InlineData("political mo-mentum to", "political momentum to")]
    [InlineData("Opera-tionally, it", "Operationally, it")]
    [InlineData("strikes a bal-ance between", "strikes a balance between")]
    [InlineData("collaborative ap-proaches.", "collaborative approaches.")]
    [InlineData("into ef-fective governance", "into effective governance")]
    public void Broken_words_are_joined_when_the_right_part_is_no_word_and_the_whole_is(string input, string expected) =>
        Assert.Equal(expected, TestCorpus.CleanText(input));

    [Theory]
    [InlineData("meta-governance theory")]
    [InlineData("co-governance of officials")]
    [InlineData("grass-roots party organizations")]
    [InlineData("community-level social governance")]
    [InlineData("Party-led innovation")]
    [InlineData("self-governing villages")]
    [InlineData("multi-dimensional spaces")]
    [InlineData("a long-term mechanism")]
    [InlineData("people's well-being")]
    [InlineData("a 15-minute life circle")]
    [InlineData("city - district - sub-district")]
    [InlineData("on-the-spot investigation")]
    public void Real_compounds_are_kept(string input) => Assert.Equal(input, TestCorpus.CleanText(input));

    [Fact]
    public void Grassroots_elsewhere_does_not_join_grass_roots_because_roots_is_a_word() =>
        Assert.Equal("grassroots and grass-roots", TestCorpus.CleanText("grassroots and grass-roots"));

    [Fact]
    public void A_join_can_rest_on_the_unhyphenated_form_elsewhere_in_the_same_document()
    {
        // "zhiliance" is no English word; its only evidence is the same document.
        Assert.Equal("zhiliance and zhiliance", TestCorpus.CleanText("zhili-ance and zhiliance"));
        Assert.Equal("zhili-ance alone", TestCorpus.CleanText("zhili-ance alone"));
    }

    [Theory]
    [InlineData("is self -evident", "is self-evident")]
    [InlineData("China's grass -roots governance", "China's grass-roots governance")]
    [InlineData("mode of co -governance", "mode of co-governance")]
    [InlineData("the govern -ance of", "the governance of")]
    public void Space_before_an_inner_hyphen_is_repaired_with_the_same_evidence(string input, string expected) =>
        Assert.Equal(expected, TestCorpus.CleanText(input));

    [Fact]
    public void A_word_hyphenated_across_a_line_break_is_joined()
    {
        Assert.Equal("the innovation in social governance led by the Party",
            TestCorpus.CleanText("the innovation in social govern-", "ance led by the Party"));
        Assert.Equal("a self-governing body", TestCorpus.CleanText("a self-", "governing body"));
    }
}
