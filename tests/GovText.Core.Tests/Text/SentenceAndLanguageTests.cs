using GovText.Core.Text;

namespace GovText.Core.Tests.Text;

public class SentenceAndLanguageTests
{
    private static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Chinese_sentences_end_at_full_stops_and_keep_closing_quotes()
    {
        Assert.Equal(["他说：“我们要发展。”", "真的吗？！", "是的……", "继续；", "完"], Sentences("他说：“我们要发展。”真的吗？！是的……继续；完"));
    }

    [Fact]
    public void English_sentences_skip_abbreviations_decimals_and_initials()
    {
        var text = "Methods (e.g. interviews, i.e. talks) etc. were used on Oct. 19, 2017 by Dr. Li and Prof. Wang in the U.S. and No. 5 grew 6.9 percent. Fig. 2 shows it! Is it? \"Yes.\" Next";
        Assert.Equal([
            "Methods (e.g. interviews, i.e. talks) etc. were used on Oct. 19, 2017 by Dr. Li and Prof. Wang in the U.S. and No. 5 grew 6.9 percent.",
            "Fig. 2 shows it!", "Is it?", "\"Yes.\"", "Next"], Sentences(text));
    }

    [Fact]
    public void An_english_full_stop_before_chinese_text_ends_the_sentence() =>
        Assert.Equal(["English ends here.", "中文开始。"], Sentences("English ends here.中文开始。"));

    [Theory]
    [InlineData("推进基层治理转型关键在于创新。", "zh")]
    [InlineData("中国的GDP增长了6.9%。", "zh")]
    [InlineData("The key to promoting the transformation of governance.", "en")]
    [InlineData("The concept of 党建引领 is central.", "mixed")]
    [InlineData("2024-10-22 16:25:44", "other")]
    [InlineData("（1）", "other")]
    public void Sentences_are_tagged_by_script_share(string text, string expected) =>
        Assert.Equal(expected, LanguageTagger.TagSentence(text).Code);

    [Theory]
    [InlineData(600, 260, "mixed")]
    [InlineData(20000, 4, "zh")]
    [InlineData(7, 2000, "en")]
    [InlineData(0, 0, "other")]
    public void Documents_are_tagged_by_script_share(int han, int words, string expected) =>
        Assert.Equal(expected, LanguageTagger.TagDocument(han, words).Code);
}
