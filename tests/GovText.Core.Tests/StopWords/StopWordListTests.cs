using GovText.Core.Errors;
using GovText.Core.StopWords;
using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Core.Tests.StopWords;

public sealed class StopWordListTests
{
    [Fact]
    public void Default_list_is_stopwords_iso_zh_and_snowball_english()
    {
        var list = StopWordList.Default;
        // 794 entries in stopwords-iso 1.1.0 "zh", 40 of them punctuation or full-width digits; Snowball's english/stop.txt has 174 words.
        Assert.Equal((754, 174), (list.ChineseCount, list.EnglishCount));
        foreach (var word in new[] { "的", "了", "地", "是", "在", "和", "我们", "因此" }) Assert.True(list.Contains(word, Language.Chinese), word);
        foreach (var word in new[] { "the", "of", "and", "i", "don't", "yourselves", "very" }) Assert.True(list.Contains(word, Language.English), word);
        // Governance words are not stop words; a word is a stop word only in its own language.
        foreach (var word in new[] { "治理", "社会", "人民", "发展", "法治" }) Assert.False(list.Contains(word, Language.Chinese), word);
        Assert.False(list.Contains("governance", Language.English));
        Assert.False(list.Contains("的", Language.English));
        Assert.False(list.Contains("the", Language.Chinese));
        Assert.False(list.Contains("the", Language.Number));
        // Snowball comments out "us" (US = United States) and words after '|' are comments.
        Assert.False(list.Contains("us", Language.English));
        Assert.False(list.Contains("subject", Language.English));
        Assert.Equal("default", list.Name);
        Assert.Contains("stopwords-iso zh (754 words) and Snowball English (174 words)", list.Description);
    }

    [Fact]
    public void A_file_is_read_by_script_with_comments_and_english_normalized_like_tokens()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = dir.File("stop.txt");
        File.WriteAllText(path, "\uFEFF# my list\n的 了\nThe | a comment: not a word\n  Ｇｏｖ  \nParty’s\n2024\n，\n\n");
        var list = StopWordList.Load(path);
        Assert.Equal((2, 3, 2), (list.ChineseCount, list.EnglishCount, list.Ignored));
        Assert.True(list.Contains("的", Language.Chinese));
        Assert.True(list.Contains("the", Language.English));
        Assert.True(list.Contains("gov", Language.English));
        Assert.True(list.Contains("party's", Language.English));
        Assert.False(list.Contains("comment", Language.English));
        Assert.Equal(path, list.Name);
        Assert.Contains("2 Chinese, 3 English words; 2 entries that are not words ignored", list.Description);
    }

    [Fact]
    public void None_keeps_everything_and_bad_files_are_configuration_errors()
    {
        Assert.Same(StopWordList.None, StopWordList.Load("none"));
        Assert.Same(StopWordList.Default, StopWordList.Load("default"));
        Assert.True(StopWordList.None.IsEmpty);
        Assert.False(StopWordList.None.Contains("的", Language.Chinese));

        using var dir = TestEnvironment.CreateTempDir();
        var missing = dir.File("missing.txt");
        Assert.Contains("does not exist", Assert.Throws<ConfigurationException>(() => StopWordList.Load(missing)).Message);
        var gbk = dir.File("gbk.txt");
        File.WriteAllBytes(gbk, [0xB5, 0xC4, 0x0A]); // 的 in GBK
        Assert.Contains("not valid UTF-8", Assert.Throws<ConfigurationException>(() => StopWordList.Load(gbk)).Message);
    }
}
