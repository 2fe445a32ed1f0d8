using System.Globalization;
using System.Text.Json.Nodes;
using GovText.Segmentation.Tests.Reference;

namespace GovText.Segmentation.Tests;

/// <summary>
/// add_word, del_word, suggest_freq and load_userdict applied to jieba and to us, then the same sentences cut
/// (every mode) and POS-tagged (jieba.posseg, where user tags must win over dict.txt's).
/// </summary>
public sealed class UserDictionaryParityTests
{
    private static readonly string[] Sentences =
    [
        "李小福是创新办主任也是云计算方面的专家; 什么是八一双鹿",
        "例如我输入一个带“韩玉赏鉴”的标题，在自定义词库中也增加了此词为N类",
        "「台中」正確應該不會被切開。mac上可分出「石墨烯」；此時又可以分出來凱特琳了。",
        "如果放到post中将出错。",
        "我们中出了一个叛徒",
        "他来到了网易杭研大厦",
        "小明硕士毕业于中国科学院计算所，后在日本京都大学深造",
        "推进国家治理体系和治理能力现代化",
        "meta-governance and Party-led governance, the party's meta-governance role",
        "全面从严治党永远在路上，党的自我革命永远在路上",
        "坚持以人民为中心的发展思想",
        "AT&T和c#以及C++都在词典里，QQ也在",
        "2024年GDP增长5.2%，CPI上涨0.2%",
        "高质量发展是全面建设社会主义现代化国家的首要任务",
        "这是一个伸手不见五指的黑夜。我叫孙悟空，我爱北京，我爱Python和C++。",
        "工信处女干事每月经过下属科室都要亲口交代24口交换机等技术性器件的安装工作",
        "结婚的和尚未结婚的",
        "江州市长江大桥参加了长江大桥的通车仪式",
        "中国特色社会主义进入新时代 😀 　全角空格",
        "吴国忠臣伍子胥",
        "人工智能+行动和新质生产力",
        "数字中国建设整体布局规划",
        "一带一路倡议十周年",
        "共同富裕取得更为明显的实质性进展",
        "乡村振兴战略全面推进，脱贫攻坚成果巩固拓展",
        "互联网+政务服务",
        "他说的确实在理",
        "研究生命的起源",
        "南京市长江大桥",
        "请把手拿开",
        // Characters of U+9FD0..U+9FD5 are Han for jieba but not in dict.txt: user words that start where the base trie has no root.
        "鿐鿑鿒和鿓鿔治理，鿐鿑以及鿑鿒",
        "推进国家治理体系和治理能力现代化水平，中国的国家治理",
        "𠮷野家在中国，治理𠮷和野家",
    ];

    private static readonly (SegmentationMode Mode, bool Hmm)[] Modes = CorpusParityTests.Modes;

    /// <summary>A named sequence of jieba operations.</summary>
    public sealed record Scenario(string Name, JsonArray[] Ops)
    {
        public override string ToString() => Name;
    }

    private static JsonArray Op(params object?[] parts) =>
        new(parts.Select(p => p switch
        {
            null => null,
            string s => JsonValue.Create(s),
            int i => JsonValue.Create(i),
            bool b => JsonValue.Create(b),
            string[] a => (JsonNode)new JsonArray(a.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
            _ => throw new ArgumentException("unsupported op part " + p),
        }).ToArray());

    public static TheoryData<Scenario> Scenarios() =>
    [
        new Scenario("add_word with and without frequency and tag", [
            Op("add_word", "创新办", 3, "i"), Op("add_word", "云计算", 5, null), Op("add_word", "凱特琳", null, "nz"),
            Op("add_word", "石墨烯", null, null), Op("add_word", "韩玉赏鉴", null, "nz"), Op("add_word", "meta-governance", null, null),
            Op("add_word", "Party-led", 20, "n"), Op("add_word", "八一双鹿", 1, null)]),
        new Scenario("del_word including HMM-found words (Force_Split_Words)", [
            Op("del_word", "杭研"), Op("del_word", "叛徒"), Op("del_word", "治理能力"), Op("del_word", "现代化"),
            Op("del_word", "韩玉"), Op("del_word", "长江大桥"), Op("del_word", "不存在的词语")]),
        new Scenario("suggest_freq tune and no tune", [
            Op("suggest_freq", new[] { "中", "将" }, true), Op("suggest_freq", "台中", true), Op("suggest_freq", "我们中", false),
            Op("suggest_freq", "江州", true), Op("suggest_freq", new[] { "长江", "大桥" }, true), Op("suggest_freq", "的确", false),
            Op("suggest_freq", new[] { "的", "确实" }, true), Op("suggest_freq", "新质生产力", true), Op("suggest_freq", "😀", false),
            Op("suggest_freq", "全角 空格", true), Op("suggest_freq", new[] { "研究", "生命" }, false)]),
        new Scenario("load_userdict formats", [
            Op("load_userdict", "\ufeff云计算 5\n李小福 2 nr\n创新办 3 i\neasy_install 3 eng\n好用 300\n韩玉赏鉴 3 nz\n八一双鹿 3 nz\n" +
                "台中\n凱特琳 nz\nEdu Trust认证 2000\n\n   \n石墨烯\n自定义词 12 34\n人工智能+行动\r\n新质生产力 n\n 治理 0\n")]),
        new Scenario("re-adding, deleting then re-adding, zero frequency", [
            Op("add_word", "治理", 100, null), Op("add_word", "治理", null, null), Op("del_word", "长江"), Op("add_word", "长江", null, null),
            Op("add_word", "全面从严", 0, null), Op("add_word", "数字中国建设", 100000, null), Op("add_word", "😀全角", 5, null),
            Op("suggest_freq", "长江大桥", true), Op("add_word", "一带一路倡议", null, "n")]),
        new Scenario("tags: user tags over dict.txt's, re-tagging, deleting keeps the tag", [
            Op("add_word", "治理", null, "vn"), Op("add_word", "北京", 10, "nz"), Op("add_word", "北京", 20, null),
            Op("add_word", "人工智能+行动", null, "nz"), Op("add_word", "新质生产力", 50, "n"), Op("del_word", "孙悟空"),
            Op("load_userdict", "乡村振兴 5 vn\n脱贫攻坚 n\nC++ 3 nz\n现代化 x\n")]),
        new Scenario("user words where the base trie has no root, ties, extensions, deletions, beyond the BMP", [
            // 鿐鿑+鿒 and 鿐+鿑鿒 have the same probability (the same two logs added in the other order): the larger end wins.
            Op("add_word", "鿐鿑", 7, null), Op("add_word", "鿑鿒", 7, null), Op("add_word", "鿐", 3, null), Op("add_word", "鿒", 3, null),
            Op("add_word", "鿓鿔治理", null, null), Op("add_word", "治理能力现代化水平", null, null), Op("add_word", "国家治理", 5, null),
            Op("del_word", "中国"), Op("add_word", "𠮷野家", null, null), Op("add_word", "治理𠮷", 3, null),
            Op("suggest_freq", "体系和治理", true), Op("add_word", "治理", 0, null)]),
        new Scenario("many overlapping user words with arbitrary frequencies (some 0, i.e. deleted)", [
            Op("load_userdict", OverlappingWords())]),
    ];

    // Every 2- to 4-character Han substring of the sentences, each with a frequency from its position (every 400th is 0):
    // user words that overlap each other and the base words everywhere, and an overlay large enough to rehash.
    private static string OverlappingWords()
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in Sentences)
            for (var i = 0; i < sentence.Length; i++)
                for (var length = 2; length <= 4 && i + length <= sentence.Length; length++)
                {
                    var word = sentence.Substring(i, length);
                    if (word.All(c => c >= '\u4E00' && c <= '\u9FD5') && seen.Add(word)) words.Add(word);
                }
        return string.Concat(words.Select((w, i) => w + " " + (i * 7919 % 400).ToString(CultureInfo.InvariantCulture) + "\n"));
    }

    [JiebaTheory]
    [MemberData(nameof(Scenarios))]
    public void OperationsMatchJieba(Scenario scenario)
    {
        List<CutRequest> cuts = [
            .. Modes.Select(m => new CutRequest(m.Mode, m.Hmm, Sentences)),
            .. CorpusParityTests.PossegHmm.Select(hmm => new CutRequest(SegmentationMode.Accurate, hmm, Sentences, Posseg: true))];
        var reference = JiebaReference.Run([(scenario.Ops, cuts)])[0];

        var segmenter = Segmenter.CreateDefault();
        var results = scenario.Ops.Select(op => Apply(segmenter, op)).ToList();
        for (var i = 0; i < results.Count; i++)
            Assert.True(reference.Ops[i]?.GetValue<long>() == results[i], $"op {i} {scenario.Ops[i].ToJsonString()}: jieba {reference.Ops[i]} vs ours {results[i]}");
        Assert.Equal(reference.Total, segmenter.TotalFrequency);

        var failures = new List<string>();
        for (var m = 0; m < Modes.Length; m++)
            failures.AddRange(JiebaReference.Compare(segmenter, Modes[m].Mode, Modes[m].Hmm, Sentences, reference.Cuts[m], i => Sentences[i]).Differences);
        for (var p = 0; p < CorpusParityTests.PossegHmm.Length; p++)
            failures.AddRange(JiebaReference.ComparePosseg(segmenter, CorpusParityTests.PossegHmm[p], Sentences,
                reference.Cuts[Modes.Length + p], i => Sentences[i]).Differences);
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // The base model is shared: a fresh segmenter must be unaffected by this one's words.
        Assert.Equal(60101967, Segmenter.CreateDefault().TotalFrequency);
    }

    private static long? Apply(Segmenter segmenter, JsonArray op)
    {
        switch (op[0]!.GetValue<string>())
        {
            case "add_word":
                segmenter.AddWord(op[1]!.GetValue<string>(), op[2]?.GetValue<int>(), op[3]?.GetValue<string>());
                return null;
            case "del_word":
                segmenter.DeleteWord(op[1]!.GetValue<string>());
                return null;
            case "suggest_freq":
                var tune = op[2]!.GetValue<bool>();
                return op[1] is JsonArray parts
                    ? segmenter.SuggestFrequency(parts.Select(p => p!.GetValue<string>()).ToArray(), tune)
                    : segmenter.SuggestFrequency(op[1]!.GetValue<string>(), tune);
            case "load_userdict":
                segmenter.LoadUserDictionary(new StringReader(op[1]!.GetValue<string>()), "scenario");
                return null;
            default:
                throw new ArgumentException("unknown op " + op[0]);
        }
    }
}
