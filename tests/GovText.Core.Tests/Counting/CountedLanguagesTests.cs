using GovText.Core.Cleaning;
using GovText.Core.Counting;
using GovText.Core.Ingestion;
using GovText.Core.Tests.Support;
using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Core.Tests.Counting;

/// <summary>A language takes part in a document's rows only with enough text (issue 8 §2: no "en" rows from GDP, M2).</summary>
public class CountedLanguagesTests
{
    [Theory]
    [InlineData(7578, 1, "zh")]        // gwr-zh-1956: one Latin token in a Chinese report
    [InlineData(8380, 4, "zh")]        // gwr-zh-2017: four (GDP, PM2.5, ...)
    [InlineData(1484, 5, "zh")]        // cpc-zh-03
    [InlineData(270, 246, "en zh")]    // the bilingual sample paper: a Chinese abstract and its English translation
    [InlineData(10_000, 120, "en zh")] // an English abstract of 120 words in a long Chinese paper: 1.2%
    [InlineData(10_000, 60, "zh")]     // 60 tokens but 0.6% of the words
    [InlineData(3_000, 49, "zh")]      // 1.6% but under 50 tokens
    [InlineData(0, 12, "en")]          // a short English text: its only language always counts
    [InlineData(20, 30, "en")]         // the largest language counts however small; 20 Chinese tokens do not
    [InlineData(0, 0, "")]
    public void A_language_needs_50_tokens_and_1_percent_unless_it_is_the_largest(int zh, int en, string expected)
    {
        var totals = new Dictionary<Language, int> { [Language.Chinese] = zh, [Language.English] = en, [Language.Number] = 500 };
        Assert.Equal(expected, string.Join(" ", CountedLanguages.Select(totals).Order()));
    }

    [Fact]
    public void Stray_latin_tokens_in_a_chinese_document_are_set_aside_as_other_with_their_matches()
    {
        using var dir = TestEnvironment.CreateTempDir();
        File.WriteAllText(dir.File("report.txt"), "国内生产总值GDP增长，居民消费价格CPI上涨，我们推进社会治理。");
        var document = GovText.Core.Tests.Ingestion.TestCorpus.All(new CorpusIngestor(new IngestOptions(dir.Path, null, CleaningOptions.Default)))
            .OfType<DocumentIngested>().Single().Document;
        var lexicon = Lexicons.Parse("""
            concepts:
              - id: gdp
                label: { en: GDP, zh: 国内生产总值 }
                terms: { zh: [国内生产总值], en: [gdp] }
            """).Compile();
        var counts = new DocumentCounter(lexicon).Count(document);

        // Two Latin tokens (gdp, cpi) beside the Chinese ones: no en rows, the GDP match is 'other' and in no count.
        var row = Assert.Single(counts.Counts);
        Assert.Equal((Language.Chinese, 1, 1), (row.Language, row.Count, row.CountWithChildren));
        Assert.Equal(new Dictionary<Language, int> { [Language.English] = 2 }, counts.SetAsideTokens);
        Assert.Equal(["other gdp", "zh 国内生产总值"], counts.MatchRows.Select(m => $"{m.Language} {m.MatchedText.ToLowerInvariant()}").Order(StringComparer.Ordinal));
        Assert.Equal(["other cpi 1", "other gdp 1"],
            counts.Frequencies.Where(f => f.Language != Language.Chinese).Select(f => $"{f.Language} {f.Token} {f.Count}"));
        Assert.DoesNotContain(counts.Frequencies, f => f.Language == Language.English);
    }
}
