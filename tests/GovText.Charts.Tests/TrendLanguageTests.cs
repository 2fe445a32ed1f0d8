using GovText.Charts;
using GovText.Core.Comparison;
using GovText.Core.Text;

namespace GovText.Charts.Tests;

public class TrendLanguageTests
{
    private static ConceptGroupRow Row(int year, Language language, int docs = 1) =>
        new()
        {
            Group = year.ToString(System.Globalization.CultureInfo.InvariantCulture), ConceptId = "c", ConceptEn = "C", ConceptZh = "概念",
            Language = language, Count = 1, CountWithChildren = 1, Tokens = 100, Per10k = 100, Per10kWithChildren = 100,
            Docs = docs, DocsWithConcept = 1, DocShare = 1,
        };

    [Fact]
    public void A_language_present_in_one_year_of_many_gets_no_trend_line()
    {
        var rows = Enumerable.Range(2000, 20).Select(y => Row(y, Language.Chinese)).Append(Row(2017, Language.English)).ToList();
        var (shown, left) = TrendChart.TrendLanguages(rows);
        Assert.Equal([Language.Chinese], shown);
        Assert.Equal([Language.English], left);
    }

    [Fact]
    public void Languages_covering_at_least_half_the_years_of_the_best_covered_one_all_get_lines()
    {
        var rows = Enumerable.Range(2000, 10).Select(y => Row(y, Language.Chinese))
            .Concat(Enumerable.Range(2000, 5).Select(y => Row(y, Language.English)))
            .Append(Row(2020, Language.English, docs: 0)) // a group row without documents of that language is no coverage
            .ToList();
        var (shown, left) = TrendChart.TrendLanguages(rows);
        Assert.Equal([Language.English, Language.Chinese], shown);
        Assert.Empty(left);
    }
}
