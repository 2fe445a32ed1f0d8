using GovText.Core.Tokens;
using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Matching;
using GovText.Core.StopWords;
using GovText.Core.Tests.Comparison;
using GovText.Segmentation;
using GovText.Core.Text;

namespace GovText.Core.Tests.Counting;

/// <summary>word_frequencies.csv's pos column (jieba's dictionary tags) and keyness --pos.</summary>
public sealed class WordPosTests
{
    [Fact]
    public void Chinese_word_types_carry_jiebas_dictionary_tag_and_others_none()
    {
        var segmenter = Segmenter.CreateDefault();
        segmenter.AddWord("新质生产力", null, "n");
        AnalysisToken[] tokens =
        [
            new(Language.Chinese, "治理", "治理", "治理", 0, 2), new(Language.Chinese, "的", "的", "的", 2, 3), new(Language.Chinese, "治理", "治理", "治理", 3, 5),
            new(Language.Chinese, "新质生产力", "新质生产力", "新质生产力", 5, 10), new(Language.Chinese, "杭研", "杭研", "杭研", 10, 12), new(Language.English, "governance", "governance", "governance", 13, 23),
        ];
        var rows = WordFrequencies.Count("d", tokens, segmenter.GetTag);
        // dict.txt: 治理 2766 v, 的 318825 uj; the user's tag; 杭研 is not in the dictionary (an HMM word).
        Assert.Equal(["en governance 1 ", "zh 新质生产力 1 n", "zh 杭研 1 ", "zh 治理 2 v", "zh 的 1 uj"],
            rows.Select(r => $"{r.Language} {r.Token} {r.Count} {r.Pos}"));
        Assert.All(WordFrequencies.Count("d", tokens), r => Assert.Equal("", r.Pos));
    }

    [Fact]
    public void Word_keyness_keeps_only_the_chosen_tags_and_tests_only_those()
    {
        var t = ComparisonFixture.Tables();
        var segmenter = Segmenter.CreateDefault();
        var tagged = t with { Words = t.Words.Select(r => r with { Pos = r.Language == Language.Chinese ? segmenter.GetTag(r.Token) ?? "" : "" }).ToList() };
        var counts = tagged.Accumulate(new ComparisonOptions { Target = DocumentFilter.Parse("year=2013..2014", "target") }).Keyness!;
        // dict.txt: 治理 v, 管理 vn, 发展 vn. Keeping vn drops 治理; the two words left are two tests.
        var rows = KeynessTable.ForWords(counts, 5, StopWordList.None, new HashSet<string> { "vn" });
        Assert.Equal(["管理", "发展"], rows.Select(r => r.Item));
        Assert.Equal(0.0029750961366155613 * 2, rows[0].PBonferroni, 1e-12);
        Assert.Equal(3, KeynessTable.ForWords(counts, 5, StopWordList.None).Count);
    }
}
