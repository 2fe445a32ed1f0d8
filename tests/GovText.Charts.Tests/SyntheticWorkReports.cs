using System.Globalization;
using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Results;
using GovText.Core.Tests.Support;
using GovText.Core.Text;

namespace GovText.Charts.Tests;

/// <summary>
/// Synthetic count tables modelled on the Government Work Reports: 社会管理 frequent 1993–2013 and gone after,
/// 社会治理 from 2013 on; no report for 1998 and 2008 (gaps in the trend); one English report (2017).
/// Fixed seed, so the charts are the same on every run.
/// </summary>
internal static class SyntheticWorkReports
{
    public static readonly (string Id, string En, string Zh)[] Concepts =
    [
        ("social_management", "Social management", "社会管理"),
        ("social_governance", "Social governance", "社会治理"),
        ("grassroots_governance", "Grassroots governance", "基层治理"),
        ("community_governance", "Community governance", "社区治理"),
        ("collaborative_governance", "Collaborative governance", "协同治理"),
        ("grid_management", "Grid management", "网格化管理"),
        ("digital_governance", "Digital governance", "数字治理"),
        ("rule_of_law", "Rule of law", "法治"),
    ];

    public static TestTables Tables()
    {
        var random = new Random(20_140_305);
        var docs = new List<DocumentRow>();
        var counts = new List<ConceptCountRow>();
        var matches = new List<ConceptMatchRow>();
        var words = new List<WordFrequencyRow>();

        var reports = Enumerable.Range(1993, 33).Where(y => y is not (1998 or 2008)).Select(y => (Year: y, Lang: Language.Chinese))
            .Append((Year: 2017, Lang: Language.English)).ToList();
        foreach (var (year, lang) in reports)
        {
            var id = $"gwr-{lang}-{year}";
            var sentences = 420 + random.Next(120);
            var paragraphs = sentences / 6;
            docs.Add(new DocumentRow
            {
                DocId = id, Path = id + ".txt", Title = $"{year} report ({lang})", Year = year, Language = lang,
                Paragraphs = paragraphs, Sentences = sentences, Metadata = [new("source", "gwr")],
            });
            var tokens = (lang == Language.Chinese ? 14_000 : 11_000) + random.Next(4_000);
            var used = 0;
            for (var k = 0; k < Concepts.Length; k++)
            {
                var n = Expected(k, year, random);
                used += n;
                counts.Add(new ConceptCountRow
                {
                    DocId = id, ConceptId = Concepts[k].Id, ConceptEn = Concepts[k].En, ConceptZh = Concepts[k].Zh,
                    Language = lang, Count = n, CountWithChildren = n, Tokens = tokens,
                    Per10k = n * 10_000.0 / tokens, Per10kWithChildren = n * 10_000.0 / tokens,
                });
                for (var m = 0; m < n; m++)
                {
                    // Related concepts cluster: most mentions fall in the first fifth of the report.
                    var sentence = random.Next(2) == 0 ? random.Next(sentences / 5) : random.Next(sentences);
                    matches.Add(new ConceptMatchRow
                    {
                        DocId = id, ConceptId = Concepts[k].Id, Language = lang, Term = Concepts[k].Zh,
                        Paragraph = sentence / 6, Sentence = sentence, Start = sentence * 40, End = sentence * 40 + 4,
                        MatchedText = lang == Language.Chinese ? Concepts[k].Zh : Concepts[k].En.ToLowerInvariant(),
                    });
                }
                if (n > 0) words.Add(new WordFrequencyRow { DocId = id, Language = lang, Token = lang == Language.Chinese ? Concepts[k].Zh : Concepts[k].En.ToLowerInvariant(), Count = n });
            }
            var common = lang == Language.Chinese
                ? new[] { "发展", "改革", "经济", "建设", "人民", "创新", "稳定", "安全", "民生", "开放", "市场", "企业" }
                : ["development", "reform", "economy", "people", "innovation", "security", "market", "opening"];
            var rest = tokens - used;
            for (var i = 0; i < common.Length; i++)
            {
                var bias = common[i] is "创新" or "安全" && year >= 2013 ? 3 : common[i] is "市场" or "企业" && year < 2013 ? 2 : 1;
                var c = (40 + random.Next(60)) * bias;
                rest -= c;
                words.Add(new WordFrequencyRow { DocId = id, Language = lang, Token = common[i], Count = c });
            }
            words.Add(new WordFrequencyRow { DocId = id, Language = lang, Token = lang == Language.Chinese ? "的" : "the", Count = rest });
            words.Add(new WordFrequencyRow { DocId = id, Language = Language.Number, Token = year.ToString(CultureInfo.InvariantCulture), Count = 3 });
        }
        return new TestTables(["source"], docs, counts, matches, words);
    }

    private static int Expected(int concept, int year, Random random)
    {
        var noise = random.Next(3);
        return concept switch
        {
            0 => year <= 2013 ? 2 + (year - 1993) / 2 + noise : 0,
            1 => year == 2013 ? 1 : year > 2013 ? 6 + noise + (year - 2014) / 3 : 0,
            2 => year >= 2000 ? 1 + (year - 2000) / 5 + noise : 0,
            3 => year >= 2005 ? noise : 0,
            4 => year >= 2015 ? 1 + noise : 0,
            5 => year is >= 2014 and <= 2020 ? 1 + noise : 0,
            6 => year >= 2019 ? 2 + noise + (year - 2019) / 2 : 0,
            _ => 3 + noise + (year >= 2014 ? 4 : 0),
        };
    }
}
