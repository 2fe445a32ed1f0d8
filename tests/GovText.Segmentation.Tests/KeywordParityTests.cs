using System.Text;
using GovText.Segmentation.Tests.Reference;
using GovText.Tests;
using Xunit.Abstractions;

namespace GovText.Segmentation.Tests;

/// <summary>
/// jieba.analyse parity: every document of the shared corpora and seeded random excerpts of them, through
/// <c>extract_tags</c> (TF-IDF, without and with allowPOS) and <c>textrank</c>, by python3-jieba and by us.
/// Whole keyword lists (topK=None) are compared: same words in the same order, weights within 1e-9.
/// </summary>
public sealed class KeywordParityTests(ITestOutputHelper output)
{
    private static readonly string[] Folders = ["seeds", "corpora/gwr", "corpora/gwr-alt-editions", "corpora/cpc-congress"];
    private static readonly string[] ContentPos = ["ns", "n", "vn", "v"];

    [SharedJiebaFact]
    public void EveryDocumentMatchesJieba()
    {
        var docs = Documents();
        Assert.True(docs.Count > 100, $"expected the reference corpora, found {docs.Count} documents");
        var texts = docs.Select(d => d.Text).ToList();
        AssertParity(texts, i => docs[i].Name, withPosFilteredTfIdf: false, "documents");
    }

    [SharedJiebaFact]
    public void RandomExcerptsMatchJieba()
    {
        var docs = Documents();
        var random = new Random(20261129);
        var excerpts = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var text = docs[random.Next(docs.Count)].Text;
            var start = random.Next(text.Length);
            if (start > 0 && char.IsLowSurrogate(text[start])) start--;
            var length = Math.Min(text.Length - start, random.Next(1, 2000));
            if (length > 0 && char.IsHighSurrogate(text[start + length - 1])) length--;
            excerpts.Add(text.Substring(start, length));
        }
        AssertParity(excerpts, i => $"excerpt {i}", withPosFilteredTfIdf: true, "excerpts");
    }

    [JiebaFact]
    public void UserWordsAndTagsTakePart()
    {
        string[] texts = ["推进国家治理体系和治理能力现代化，新质生产力加快发展，人工智能+行动全面实施。新质生产力是关键。"];
        var ops = new List<System.Text.Json.Nodes.JsonArray>
        {
            new(["add_word", "新质生产力", null, "n"]), new(["add_word", "人工智能+行动", 5, "nz"]), new(["del_word", "现代化"]),
        };
        var reference = JiebaReference.Run([(ops, [], Requests(texts, true))])[0];
        var segmenter = Segmenter.CreateDefault();
        segmenter.AddWord("新质生产力", null, "n");
        segmenter.AddWord("人工智能+行动", 5, "nz");
        segmenter.DeleteWord("现代化");
        var failures = Compare(segmenter, texts, reference, i => "sentence").Failures;
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Contains(reference.Keywords[0][0], k => k.Word == "新质生产力");
    }

    private void AssertParity(List<string> texts, Func<int, string> describe, bool withPosFilteredTfIdf, string what)
    {
        var reference = JiebaReference.Run([([], [], Requests(texts, withPosFilteredTfIdf))])[0];
        var (failures, summary) = Compare(Segmenter.CreateDefault(), texts, reference, describe);
        foreach (var line in summary) output.WriteLine($"{what}: {line}");
        Assert.True(failures.Count == 0, $"{failures.Count} keyword list(s) differ from jieba:\n{string.Join("\n", failures.Take(20))}");
    }

    private static List<KeywordRequest> Requests(IReadOnlyList<string> texts, bool withPosFilteredTfIdf)
    {
        var requests = new List<KeywordRequest> { new("tfidf", null, [], texts), new("textrank", null, ContentPos, texts) };
        if (withPosFilteredTfIdf) requests.Add(new("tfidf", null, ContentPos, texts));
        return requests;
    }

    private static (List<string> Failures, List<string> Summary) Compare(Segmenter segmenter, IReadOnlyList<string> texts,
        ReferenceResult reference, Func<int, string> describe)
    {
        var failures = new List<string>();
        var summary = new List<string>();
        for (var r = 0; r < reference.Keywords.Count; r++)
        {
            var method = r switch { 0 => "tfidf", 1 => "textrank", _ => "tfidf allowPOS=ns,n,vn,v" };
            var identical = 0;
            var words = 0;
            var maxDiff = 0.0;
            for (var i = 0; i < texts.Count; i++)
            {
                var expected = reference.Keywords[r][i];
                var actual = r switch
                {
                    0 => JiebaAnalyse.ExtractTags(segmenter, texts[i], topK: null),
                    1 => JiebaAnalyse.TextRank(segmenter, texts[i], topK: null, allowPos: ContentPos),
                    _ => JiebaAnalyse.ExtractTags(segmenter, texts[i], topK: null, allowPos: ContentPos),
                };
                string? diff = null;
                if (expected.Length != actual.Count) diff = $"jieba {expected.Length} keywords, ours {actual.Count}";
                for (var k = 0; diff is null && k < expected.Length; k++)
                {
                    var delta = Math.Abs(expected[k].Weight - actual[k].Weight);
                    maxDiff = Math.Max(maxDiff, delta);
                    if (expected[k].Word != actual[k].Word || delta > 1e-9)
                        diff = $"rank {k + 1}: jieba {expected[k].Word} {expected[k].Weight:R} vs ours {actual[k].Word} {actual[k].Weight:R}";
                }
                words += expected.Length;
                if (diff is null) identical++;
                else failures.Add($"{describe(i)} [{method}] {diff}");
            }
            summary.Add($"{method}: {identical}/{texts.Count} texts identical ({words} keywords, largest weight difference {maxDiff:R})");
        }
        return (failures, summary);
    }

    private static List<(string Name, string Text)> Documents()
    {
        var docs = new List<(string, string)>();
        foreach (var folder in Folders)
        {
            var dir = Path.Combine(TestEnvironment.SharedDir!, folder);
            foreach (var file in Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
                docs.Add(($"{folder}/{Path.GetFileName(file)}", File.ReadAllText(file, new UTF8Encoding(false, true))));
        }
        return docs;
    }
}
