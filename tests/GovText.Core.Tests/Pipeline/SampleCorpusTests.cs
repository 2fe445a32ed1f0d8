using GovText.Core.Cleaning;
using GovText.Core.Ingestion;
using GovText.Core.Pipeline;
using GovText.Tests;

namespace GovText.Core.Tests.Pipeline;

public class SampleCorpusTests
{
    private static AnalysisResult Analyze(string outDir, bool explain = false) =>
        new AnalysisPipeline(new AnalysisOptions(
            new IngestOptions(TestEnvironment.SampleCorpus, null, CleaningOptions.Default with { Explain = explain }), outDir)).Run();

    private static string Text(string outDir, string id) => File.ReadAllText(Path.Combine(outDir, "text", id + ".txt"));

    [Fact]
    public void Documents_csv_has_the_manifest_years_and_languages()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var result = Analyze(dir.Path);
        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(dir.File("documents.csv"));
        Assert.Equal("doc_id,path,title,year,year_source,language,encoding,chars,han_chars,latin_words,paragraphs,sentences,removed_lines,sha256,source,kind", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0]);
        Assert.Equal(["grassroots-party-orgs", "orgmob-collab-gov", "overall-collab-governance", "party-building-governance", "shanghai-party-building"],
            lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.StartsWith("grassroots-party-orgs,grassroots-party-organizations-thesis-2023.txt,Research On The Role Of Grass-roots Party Organizations In Community Governance,2023,manifest,en,utf-8,", lines[1]);
        Assert.Contains(",,,en,utf-8,", lines[2]); // orgmob: no year in the manifest, no year_source
        Assert.Contains(",2021,manifest,en,utf-8,", lines[3]);
        Assert.Contains(",2024,manifest,mixed,utf-8,", lines[4]);
        Assert.Contains(",2017,manifest,en,utf-8,", lines[5]);
        Assert.Equal("path,error\n", File.ReadAllText(dir.File("ingest_errors.csv")));
    }

    [Fact]
    public void Hyphenation_is_repaired_and_compounds_are_kept()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Analyze(dir.Path);
        var orgmob = Text(dir.Path, "orgmob-collab-gov");
        foreach (var repaired in new[] { "social governance led", "Organizational mobilization seeks", "Five Synchronizations", "political momentum", "Operationally, it",
                     "a balance between", "collaborative approaches", "into effective governance", "a directive form" })
            Assert.Contains(repaired, orgmob);
        foreach (var broken in new[] { "govern-ance", "mobiliza-tion", "Syn-chronizations", "mo-mentum", "Opera-tionally", "bal-ance", "ap-proaches", "ef-fective" })
            Assert.DoesNotContain(broken, orgmob);
        Assert.Contains("Party-Led Innovations in Community-Level Social Governance", orgmob);
        Assert.Contains("Chinese-style modernization, the innovation in community-level social governance", orgmob);
        Assert.Contains("A Case Study on \"Five Synchronizations\" Work Method", orgmob);
        Assert.Contains("Party building leadership; Organizational mobilization; Linkage governance; Grassroots society; Governance innovation", orgmob);

        var thesis = Text(dir.Path, "grassroots-party-orgs");
        foreach (var kept in new[] { "meta-governance theory", "grass-roots party organizations", "people ’s well-being", "on-the-spot investigation", "self-government" })
            Assert.Contains(kept, thesis);

        var css = Text(dir.Path, "overall-collab-governance");
        foreach (var kept in new[] { "self-evident", "China's grass-roots governance", "co-governance of officials", "high-speed development" })
            Assert.Contains(kept, css);
        Assert.DoesNotContain(" -", css.Replace(" - ", ""));

        var shanghai = Text(dir.Path, "shanghai-party-building");
        foreach (var kept in new[] { "city - district - sub-district", "long-term and stable", "multi-dimensional spaces", "Party building-guided" })
            Assert.Contains(kept, shanghai);
    }

    [Fact]
    public void Boilerplate_is_gone_and_real_content_stays()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Analyze(dir.Path);
        var thesis = Text(dir.Path, "grassroots-party-orgs");
        foreach (var gone in new[] { "Font Size", "PDF Full Text Request", "Related items", "GTID", "Posted on" })
            Assert.DoesNotContain(gone, thesis);
        Assert.StartsWith("Research On The Role Of Grass-roots Party Organizations In Community Governance\n\nThe Fourth Plenary Session", thesis);
        Assert.EndsWith("Keywords/Search Tags: Community Governance, Grassroots Party Organizations, The Function of Grassroots Party Organizations", thesis);

        var css = Text(dir.Path, "overall-collab-governance");
        foreach (var gone in new[] { "bet365", "Bet365", "Editor in charge", "QR code", "Key recommendation", "The latest article", "Friendship link", "filing number", "All rights reserved", "zzszbj@126.com", "\n\nVideo", "\n\nGraphics" })
            Assert.DoesNotContain(gone, css);
        Assert.Contains("needs to be further eliminated and other difficulties", css);
        Assert.Contains("(Author Unit: School of Government Management of Central University of Finance and Economics)", css);
        Assert.Contains("March 17, 2021 08:59 Source:", css);

        var pssxiv = Text(dir.Path, "party-building-governance");
        foreach (var gone in new[] { "您当前的位置", "请选择邀稿期刊", "版本历史", "下载全文", "在线阅读", "许可声明", "metrics", "点击量", "下载量", "评论", "分享", "收藏", "Abstract: Abstract:" })
            Assert.DoesNotContain(gone, pssxiv);
        Assert.StartsWith("党建治理化:基层党建和基层治理的有效融合\n\nParty Building Governance: The Effective Integration", pssxiv);
        Assert.Contains("摘要: 推进基层治理转型关键在于创新", pssxiv);
        Assert.Contains("Abstract: The key to promoting the transformation of primary-level governance", pssxiv);
        Assert.Contains("the systematic, holistic, and collaborative nature", pssxiv);
        Assert.EndsWith("and promote greater effectiveness in grassroots governance.", pssxiv);

        var shanghai = Text(dir.Path, "shanghai-party-building");
        Assert.StartsWith("Source: Page 008 of Chinese Social Sciences Today on Oct. 19, 2017\n\nIt is an important instruction", shanghai);
    }

    [Fact]
    public void Cleaning_log_explains_every_removal_by_rule()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var result = Analyze(dir.Path, explain: true);
        Assert.Contains(dir.File("cleaning_log.csv"), result.FilesWritten);
        var log = File.ReadAllLines(dir.File("cleaning_log.csv"));
        Assert.Equal("doc_id,step,rule,line,text", log[0]);
        Assert.Contains("grassroots-party-orgs,boilerplate,font-size,1,Font Size: a A A", log);
        Assert.Contains("orgmob-collab-gov,hyphenation,known-word,2,govern-ance → governance", log);
        Assert.Contains("overall-collab-governance,boilerplate,spam-bet365,10,\" Bet365 app download\"", log);
        Assert.Contains("orgmob-collab-gov,glued-words,lower-then-capital,3,leadershipOrganizational → leadership; Organizational", log);
        var removed = result.Summary.RemovedLinesByRule.Values.Sum();
        Assert.Equal(removed, log.Count(l => l.Contains(",boilerplate,", StringComparison.Ordinal)) - 8); // 8 inline removals inside kept lines
    }

    private sealed class RecordingStage : IDocumentStage
    {
        public List<GovText.Core.Documents.Document> Seen { get; } = [];

        public string Name => "recording";

        public Action Process(GovText.Core.Documents.Document document, GovText.Core.Results.DocumentRow row) => () => Seen.Add(document);

        public IReadOnlyList<string> Finish(string outDir)
        {
            var path = Path.Combine(outDir, "seen.txt");
            File.WriteAllText(path, string.Join("\n", Seen.Select(d => d.Id)));
            return [path];
        }
    }

    [Fact]
    public void Later_stages_see_every_document_in_order_and_text_files_hold_exactly_document_text()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var stage = new RecordingStage();
        var result = new AnalysisPipeline(new AnalysisOptions(new IngestOptions(TestEnvironment.SampleCorpus, null, CleaningOptions.Default), dir.Path), [stage]).Run();
        Assert.Equal(dir.File("seen.txt"), result.FilesWritten[^1]);
        Assert.Equal(["grassroots-party-orgs", "orgmob-collab-gov", "overall-collab-governance", "party-building-governance", "shanghai-party-building"],
            stage.Seen.Select(d => d.Id));
        foreach (var doc in stage.Seen) Assert.Equal(doc.Text, Text(dir.Path, doc.Id));
    }

    [Fact]
    public void Document_model_offsets_match_the_text()
    {
        var ingestor = new CorpusIngestor(new IngestOptions(TestEnvironment.SampleCorpus, null, CleaningOptions.Default));
        foreach (var doc in ingestor.Files.Select(ingestor.Process).Cast<DocumentIngested>().Select(d => d.Document))
        {
            var index = 0;
            foreach (var p in doc.Paragraphs)
            {
                Assert.Equal(p.Text, doc.Text.Substring(p.Start, p.Text.Length));
                foreach (var s in p.Sentences)
                {
                    Assert.Equal(index++, s.Index);
                    Assert.InRange(s.Start, p.Start, p.End);
                    Assert.InRange(s.End, s.Start + 1, p.End);
                }
            }
            Assert.Equal(doc.SentenceCount, index);
            Assert.Equal(string.Join("\n\n", doc.Paragraphs.Select(p => p.Text)), doc.Text);
        }
    }
}
