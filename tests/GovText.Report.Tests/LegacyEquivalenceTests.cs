using System.Globalization;
using System.Text;
using GovText.Core.Cleaning;
using GovText.Core.Comparison;
using GovText.Core.Ingestion;
using GovText.Core.Lexicon;
using GovText.Core.Pipeline;
using GovText.Tests;

namespace GovText.Report.Tests;

/// <summary>
/// The streamed report (one pass over the count tables into a summary) against the report as it was before, which
/// held every document and match in memory (kept in Legacy/ for this comparison only): the same bytes on the sample
/// corpus, the hand-made fixture and a generated corpus of many documents, with and without comparisons.
/// </summary>
public sealed class LegacyEquivalenceTests
{
    private static readonly ReportOptions Small = new() { MaxDocumentRows = 7, KwicLinesPerConcept = 2, MaxDocumentColumns = 1000, MaxGroupColumns = 3 };

    [Fact]
    public void Fixture_gives_the_same_bytes()
    {
        using var dir = ResultsFixture.Create();
        AssertSame(dir.Path);
        // documents.csv out of path order: the fingerprint comes from a second reading.
        var documents = dir.File("documents.csv");
        File.WriteAllText(documents, File.ReadAllText(documents).Replace("\na,a.txt,", "\na,z.txt,", StringComparison.Ordinal));
        AssertSame(dir.Path);
    }

    [Fact]
    public void Sample_corpus_gives_the_same_bytes()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Count(TestEnvironment.SampleCorpus, dir.File("count"), null);
        AssertSame(dir.File("count"));
        Count(TestEnvironment.SampleCorpus, dir.File("by-year"), new ComparisonOptions { By = "year", Target = DocumentFilter.Parse("year=2020..2025", "target") });
        AssertSame(dir.File("by-year"));
    }

    [Fact]
    public void Many_documents_give_the_same_bytes()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var corpus = dir.File("corpus");
        Generate(corpus, 260);
        Count(corpus, dir.File("count"), null);
        AssertSame(dir.File("count"));
        Count(corpus, dir.File("by-year"), new ComparisonOptions { By = "year", Target = DocumentFilter.Parse("year=2015..2020", "target") });
        AssertSame(dir.File("by-year"));
        Count(corpus, dir.File("by-source"), new ComparisonOptions { By = "source" });
        AssertSame(dir.File("by-source"));
    }

    private static void AssertSame(string folder)
    {
        foreach (var options in new[] { new ReportOptions(), Small })
        {
            var expected = Legacy.LegacyReport.Render(folder, options);
            var actual = HtmlReport.Render(folder, options);
            Assert.True(expected == actual, $"{folder}: the reports differ from character {FirstDifference(expected, actual)}");
        }
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static void Count(string corpus, string outDir, ComparisonOptions? comparison)
    {
        using var workflow = new AnalysisWorkflow(new AnalysisOptions(new IngestOptions(corpus, null, CleaningOptions.Default) { MaxParallelism = 2 }, outDir),
            ConceptLexicon.Default.Compile(), comparison);
        workflow.Run();
    }

    // Short Chinese, English and mixed abstracts built from the lexicon's terms, with years (some missing), sources
    // (some empty), an empty file and a file listed twice under other ids, in sub-folders.
    private static void Generate(string corpus, int count)
    {
        string[] zh = ["社会治理", "基层治理", "协同治理", "网格化管理", "社区治理", "党建引领", "研究", "发现", "本文", "机制", "路径", "推进", "的", "和"];
        string[] en = ["social governance", "grassroots governance", "community governance", "rule of law", "this", "paper", "we", "find", "the", "of", "policy", "reform"];
        var random = new Random(7);
        var manifest = new StringBuilder("id,path,title,year,source\n");
        for (var i = 0; i < count; i++)
        {
            var path = $"part{i % 3}/doc{i.ToString("D4", CultureInfo.InvariantCulture)}.txt";
            var text = new StringBuilder();
            var kind = random.Next(10);
            for (var s = 0; s < random.Next(0, 6) && kind > 0; s++)
            {
                if (kind <= 6) text.Append(string.Concat(Enumerable.Range(0, random.Next(3, 9)).Select(_ => zh[random.Next(zh.Length)]))).Append('。');
                if (kind >= 5) text.Append(string.Join(' ', Enumerable.Range(0, random.Next(4, 12)).Select(_ => en[random.Next(en.Length)]))).Append(". ");
                if (random.Next(4) == 0) text.Append("\n\n");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(corpus, path))!);
            File.WriteAllText(Path.Combine(corpus, path), text.ToString(), new UTF8Encoding(false));
            var year = random.Next(12) == 0 ? "" : (2010 + random.Next(14)).ToString(CultureInfo.InvariantCulture);
            var source = random.Next(9) == 0 ? "" : "source" + random.Next(4).ToString(CultureInfo.InvariantCulture);
            manifest.Append(CultureInfo.InvariantCulture, $"d{i},{path},Title {i},{year},{source}\n");
        }
        File.WriteAllText(Path.Combine(corpus, "manifest.csv"), manifest.ToString(), new UTF8Encoding(false));
    }
}
