using System.Text;

namespace GovText.Segmentation.Tests;

/// <summary>Seeded random strings that mix every character class jieba's regexes distinguish.</summary>
internal static class FuzzText
{
    private static readonly string[] Pieces =
    [
        "政府", "工作", "报告", "治理", "现代化", "国家治理体系", "中华人民共和国", "李小福", "创新办", "云计算",
        "杭研", "大厦", "我们中出了一个叛徒", "韩玉赏鉴", "的", "了", "是", "在", "和",
        "governance", "meta-governance", "Party's", "party’s", "AT&T", "c#", "C++", "B超", "T恤", "QQ", "x光",
        "2024", "3.14", "12%", "0.5%", "1.2.3", "v1.0", "PSSXiv:202410.02256V1", "2024-10-22", "a_b", "--", "%%", "#&",
        "，", "。", "、", "；", "：", "？", "！", "“", "”", "（", "）", "《", "》", "—", "…", "·", "'", "’", "\"", "/", "@",
        " ", "  ", "\t", "\n", "\r\n", "\r", "\r\r\n", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u3000", "\u2028",
        "\u200b", "\ufeff", "\u2009", "\u000b", "\u000c",
        "ＡＢＣ", "１２３", "＃", "％", "．",
        "😀", "👍🏽", "🇨🇳", "𠀀", "𪚥",
        "e\u0301", "\u0300", "한국어", "Ελλάδα", "русский", "ﾃｽﾄ",
    ];

    public static List<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<string>(count);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Clear();
            var n = random.Next(1, 14);
            for (var k = 0; k < n; k++)
            {
                switch (random.Next(6))
                {
                    case 0: sb.Append((char)random.Next(0x4E00, 0x9FD6)); break;            // any core Han character
                    case 1: sb.Append((char)random.Next(0x9FD6, 0xA000)); break;            // Han outside re_han
                    case 2: sb.Append((char)random.Next(0x3400, 0x4DC0)); break;            // extension A
                    default: sb.Append(Pieces[random.Next(Pieces.Length)]); break;
                }
            }
            result.Add(sb.ToString());
        }
        return result;
    }
}
