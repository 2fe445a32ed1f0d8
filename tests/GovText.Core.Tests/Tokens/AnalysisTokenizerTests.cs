using GovText.Core.Tokens;
using GovText.Segmentation;
using GovText.Core.Text;

namespace GovText.Core.Tests.Tokens;

/// <summary>Hand-written expectations for the analysis tokens.</summary>
public sealed class AnalysisTokenizerTests
{
    private static readonly AnalysisTokenizer Tokenizer = new(Segmenter.CreateDefault());

    private static List<(string Language, string Surface, string Normalized, string Stem)> Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => (t.Language.Code, t.Surface, t.Normalized, t.Stem)).ToList();

    [Fact]
    public void WithoutStemsTheStemFieldIsTheNormalizedForm()
    {
        var plain = new AnalysisTokenizer(Segmenter.CreateDefault(), stems: false).Tokenize("Governments mobilized 基层治理");
        Assert.Equal(
            [("en", "governments", "governments"), ("en", "mobilized", "mobilized"), ("zh", "基层", "基层"), ("zh", "治理", "治理")],
            plain.Select(t => (t.Language.Code, t.Normalized, t.Stem)).ToList());
        var stemmed = Tokenizer.Tokenize("Governments mobilized");
        Assert.Equal(["govern", "mobil"], stemmed.Select(t => t.Stem).ToList());
    }

    [Fact]
    public void HyphenatedAndPossessiveWordsStayWhole()
    {
        Assert.Equal(
        [
            ("en", "meta-governance", "meta-governance", "meta-govern"),
            ("en", "the", "the", "the"),
            ("en", "Party's", "party's", "parti"),
            ("en", "Party-led", "party-led", "party-l"),
            ("en", "party’s", "party's", "parti"),
            ("en", "role", "role", "role"),
        ], Tokens("meta-governance, the Party's Party-led (party’s) role."));
    }

    [Fact]
    public void StemsMergeButNormalizedFormsStayDistinct()
    {
        var tokens = Tokens("Governance and GOVERNMENT governing");
        Assert.Equal(["governance", "and", "government", "governing"], tokens.Select(t => t.Normalized));
        Assert.Equal(["govern", "and", "govern", "govern"], tokens.Select(t => t.Stem));
    }

    [Fact]
    public void LeadingAndTrailingHyphensAndApostrophesAreNotPartOfWords()
    {
        Assert.Equal(["well", "known", "rock", "n", "roll"], Tokens("-well- known' 'rock 'n' roll").Select(t => t.Surface));
    }

    [Fact]
    public void HanWordsComeFromTheJiebaCutUnchanged()
    {
        var tokens = Tokenizer.Tokenize("推进国家治理体系和治理能力现代化。");
        Assert.Equal(["推进", "国家", "治理", "体系", "和", "治理", "能力", "现代化"], tokens.Select(t => t.Surface));
        Assert.All(tokens, t => Assert.Equal((Language.Chinese, t.Surface, t.Surface), (t.Language, t.Normalized, t.Stem)));
        Assert.Equal((2, 4), (tokens[1].Start, tokens[1].End));
    }

    [Fact]
    public void NumbersDatesAndIdentifiers()
    {
        Assert.Equal(
        [
            ("num", "2024", "2024", "2024"),
            ("zh", "年", "年", "年"),
            ("en", "GDP", "gdp", "gdp"),
            ("zh", "增长", "增长", "增长"),
            ("num", "5.2%", "5.2%", "5.2%"),
        ], Tokens("2024年GDP增长5.2%"));
        Assert.Equal(["2024", "10", "22"], Tokens("2024-10-22").Select(t => t.Surface));
        Assert.All(Tokens("2024-10-22"), t => Assert.Equal("num", t.Language));
        Assert.Equal(
            [("en", "PSSXiv"), ("num", "202410.02256"), ("en", "V1")],
            Tokens("PSSXiv:202410.02256V1").Select(t => (t.Language, t.Surface)));
        Assert.Equal([("en", "COVID-19", "covid-19")], Tokens("COVID-19").Select(t => (t.Language, t.Surface, t.Normalized)));
    }

    [Fact]
    public void AccentedLettersCombiningMarksAndFullWidthFormsAreFolded()
    {
        var tokens = Tokenizer.Tokenize("Café cafe\u0301 ＧＤＰ １２３");
        Assert.Equal(["Café", "cafe\u0301", "ＧＤＰ", "１２３"], tokens.Select(t => t.Surface));
        Assert.Equal(["café", "café", "gdp", "123"], tokens.Select(t => t.Normalized));
        Assert.Equal([Language.English, Language.English, Language.English, Language.Number], tokens.Select(t => t.Language));
        Assert.Equal((0, 4), (tokens[0].Start, tokens[0].End));
    }

    [Fact]
    public void WhitespacePunctuationSymbolsAndEmojiAreDropped()
    {
        Assert.Empty(Tokenizer.Tokenize(" ，。！？“”（）—…\t\r\n\u3000😀 - ' % ."));
    }

    [Fact]
    public void OffsetsPointAtTheSurface()
    {
        const string text = "党的领导 and the Party-led “governance”, 2025年";
        foreach (var t in Tokenizer.Tokenize(text)) Assert.Equal(t.Surface, text[t.Start..t.End]);
    }

    // One definition of a Han character (Text/Script): the ideographic zero of written-out years is Han, as han_chars
    // counts it, so no character of 二〇二一年 is lost (jieba cuts 〇 on its own, being outside its Han range).
    [Fact]
    public void IdeographicZeroIsAHanToken()
    {
        var tokens = Tokens("二〇二一年");
        Assert.Equal("二〇二一年", string.Concat(tokens.Select(t => t.Surface)));
        Assert.All(tokens, t => Assert.Equal("zh", t.Language));
        Assert.Contains(tokens, t => t.Surface == "〇");
    }
}
