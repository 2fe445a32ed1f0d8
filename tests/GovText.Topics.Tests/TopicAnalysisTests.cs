using GovText.Core.Cleaning;
using GovText.Core.Ingestion;
using GovText.Core.Pipeline;
using GovText.Core.StopWords;
using GovText.Core.Tokens;
using GovText.Segmentation;
using GovText.Tests;
using GovText.Topics.Corpus;
using GovText.Topics.Lda;
using GovText.Topics.Output;

namespace GovText.Topics.Tests;

/// <summary>
/// The whole topics step on text files that go through ingestion, cleaning and jieba like any corpus: planted topics
/// written with real words (disjoint vocabularies), recovered; reruns byte-identical; shares summing to 1.
/// </summary>
public sealed class TopicAnalysisTests
{
    private static readonly string[][] Chinese =
    [
        ["经济", "增长", "投资", "消费", "市场", "企业", "产业", "金融", "贸易", "价格", "税收", "出口"],
        ["教育", "学校", "学生", "教师", "课程", "大学", "考试", "培训", "科研", "教材", "学科", "校园"],
        ["医疗", "医院", "医生", "患者", "疾病", "药品", "卫生", "健康", "护士", "疫苗", "诊断", "治疗"],
        ["环境", "污染", "生态", "森林", "河流", "空气", "排放", "能源", "气候", "湿地", "草原", "海洋"],
    ];

    private static readonly string[][] English =
    [
        ["economy", "growth", "investment", "market", "enterprise", "industry", "finance", "trade", "price", "tax", "export", "consumption"],
        ["education", "school", "student", "teacher", "course", "university", "exam", "training", "research", "textbook", "campus", "curriculum"],
        ["medical", "hospital", "doctor", "patient", "disease", "medicine", "hygiene", "health", "nurse", "vaccine", "diagnosis", "treatment"],
        ["environment", "pollution", "ecology", "forest", "river", "air", "emission", "energy", "climate", "wetland", "grassland", "ocean"],
    ];

    public static TheoryData<string> Languages => ["zh", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Recovers_planted_topics_through_the_pipeline_and_reruns_are_byte_identical(string language)
    {
        var words = language == "zh" ? Chinese : English;
        using var corpus = TestEnvironment.CreateTempDir();
        var labels = WriteCorpus(corpus.Path, words, language, documents: 48);
        using var out1 = TestEnvironment.CreateTempDir();
        using var out2 = TestEnvironment.CreateTempDir();

        var options = new TopicRunOptions([4], new LdaOptions(4, Iterations: 100), new VocabularyOptions(2, 0.9), By: "year");
        var first = Run(corpus.Path, out1.Path, options);
        Run(corpus.Path, out2.Path, options);

        foreach (var name in new[] { TopicCsv.TopicTerms, TopicCsv.DocumentTopics, TopicCsv.TopicSummary, TopicCsv.TopicByGroup, TopicCsv.TopicModel })
            Assert.Equal(File.ReadAllBytes(Path.Combine(out1.Path, name)), File.ReadAllBytes(Path.Combine(out2.Path, name)));

        // Shares: one row per document × topic, each document's summing to 1, every doc_id a document of the run.
        var rows = File.ReadAllLines(Path.Combine(out1.Path, TopicCsv.DocumentTopics)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(48 * 4, rows.Count);
        foreach (var doc in rows.GroupBy(r => r[0]))
        {
            Assert.Contains(doc.Key, labels.Keys);
            Assert.Equal(1.0, doc.Sum(r => double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)), 9);
        }

        // Recovery: each fitted topic's top 10 terms name one planted topic; each document's largest share is on the
        // topic mapped to its planted one. The 0.9 threshold is argued in LdaFitterTests.
        var model = first.Model!;
        var map = new int[4];
        var termPurity = 0.0;
        for (var k = 0; k < 4; k++)
        {
            var planted = model.TopTerms(k, 10).Select(t => Array.FindIndex(words, w => w.Contains(model.Corpus.Vocabulary[t]))).ToList();
            var best = planted.GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
            map[k] = best.Key;
            termPurity += best.Count() / 40.0;
        }
        var right = first.DocumentShares.Count(d => map[Array.IndexOf(d.Shares, d.Shares.Max())] == labels[model.Corpus.Documents[d.Document].Id]);
        Assert.True(termPurity >= 0.9, $"term purity {termPurity}");
        Assert.True(right >= 0.9 * 48, $"{right} of 48 documents on their planted topic");

        // Groups: five years, each with its documents' mean shares.
        var groups = File.ReadAllLines(Path.Combine(out1.Path, TopicCsv.TopicByGroup));
        Assert.Equal("group,topic,mean_share,docs,se", groups[0]);
        Assert.Equal(5 * 4, groups.Length - 1);
    }

    [Fact]
    public void Selection_table_has_one_row_per_K()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        WriteCorpus(corpus.Path, English, "en", documents: 32);
        using var output = TestEnvironment.CreateTempDir();
        var result = Run(corpus.Path, output.Path, new TopicRunOptions([2, 4, 6], new LdaOptions(2, Iterations: 50), new VocabularyOptions(2, 0.9)));
        var lines = File.ReadAllLines(Path.Combine(output.Path, TopicCsv.TopicSelection));
        Assert.Equal("k,coherence_umass,coherence_npmi,exclusivity", lines[0]);
        Assert.Equal(["2", "4", "6"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(3, result.Selection.Count);
        Assert.False(File.Exists(Path.Combine(output.Path, TopicCsv.DocumentTopics)));
    }

    [Fact]
    public void Dropped_token_counts_are_those_of_the_model_language_and_documents_only()
    {
        // The same Chinese reports, with numbers and stop words, alone and next to an English report full of both: the
        // Chinese model's drops must not change (they did when every document's drops were counted).
        using var zh = TestEnvironment.CreateTempDir();
        using var both = TestEnvironment.CreateTempDir();
        foreach (var dir in new[] { zh.Path, both.Path })
        {
            WriteCorpus(dir, Chinese, "zh", documents: 8);
            foreach (var file in Directory.GetFiles(dir, "doc*.txt"))
                File.AppendAllText(file, "\n我们的经济在2020年增长了百分之5。\n");
        }
        File.WriteAllText(Path.Combine(both.Path, "report-en.txt"), "The economy of the country grew by 5 percent in 2020, and the trade of the 12 regions grew with it.\n");
        File.AppendAllText(Path.Combine(both.Path, "manifest.csv"), "report-en,report-en.txt,2001,en\n");

        var options = new TopicRunOptions([2], new LdaOptions(2, Iterations: 20), new VocabularyOptions(1, 1.0));
        using var out1 = TestEnvironment.CreateTempDir();
        using var out2 = TestEnvironment.CreateTempDir();
        var alone = Run(zh.Path, out1.Path, options).Vocabulary;
        var mixed = Run(both.Path, out2.Path, options).Vocabulary;
        Assert.Equal(1, mixed.DocumentsOtherLanguage);
        Assert.True(alone.TokensDroppedNumbers >= 8 * 2, $"numbers {alone.TokensDroppedNumbers}");
        Assert.True(alone.TokensDroppedStopWords >= 8, $"stop words {alone.TokensDroppedStopWords}");
        Assert.Equal(alone.TokensDroppedNumbers, mixed.TokensDroppedNumbers);
        Assert.Equal(alone.TokensDroppedStopWords, mixed.TokensDroppedStopWords);
        Assert.Contains($"tokens_dropped_stopwords,{alone.TokensDroppedStopWords}", File.ReadAllText(Path.Combine(out2.Path, TopicCsv.TopicModel)));
    }

    internal static TopicRunResult Run(string corpus, string outDir, TopicRunOptions options)
    {
        var collector = new TokenCollector(new DocumentTokenizer(Segmenter.CreateDefault(), stems: false),
            new TokenFilter(StopWordList.Default), ModelUnit.Document);
        new AnalysisPipeline(new AnalysisOptions(new IngestOptions(corpus, null, CleaningOptions.Default), outDir), [collector]).Run();
        return TopicAnalysis.Run(collector.Build(), options, outDir);
    }

    /// <summary>Writes documents of three paragraphs (80% of words from the planted topic) and a manifest with years.</summary>
    internal static Dictionary<string, int> WriteCorpus(string dir, string[][] words, string language, int documents)
    {
        var rng = new Random(11);
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        var manifest = new List<string> { "id,path,year,language" };
        var (sep, end) = language == "zh" ? ("，", "。") : (", ", ". ");
        for (var d = 0; d < documents; d++)
        {
            var id = $"doc{d:00}";
            var main = d % words.Length;
            var other = (main + 1 + rng.Next(words.Length - 1)) % words.Length;
            labels[id] = main;
            var paragraphs = Enumerable.Range(0, 3).Select(_ =>
                string.Join(sep, Enumerable.Range(0, 40).Select(i => words[i < 32 ? main : other][rng.Next(words[0].Length)])) + end);
            File.WriteAllText(Path.Combine(dir, id + ".txt"), string.Join("\n\n", paragraphs) + "\n");
            manifest.Add($"{id},{id}.txt,{2000 + d % 5},{language}");
        }
        File.WriteAllLines(Path.Combine(dir, "manifest.csv"), manifest);
        return labels;
    }
}
