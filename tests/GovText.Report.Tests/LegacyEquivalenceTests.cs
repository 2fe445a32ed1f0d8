using GovText.Core.Comparison;
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
        GeneratedCorpus.Count(TestEnvironment.SampleCorpus, dir.File("count"), null);
        AssertSame(dir.File("count"));
        GeneratedCorpus.Count(TestEnvironment.SampleCorpus, dir.File("by-year"), new ComparisonOptions { By = "year", Target = DocumentFilter.Parse("year=2020..2025", "target") });
        AssertSame(dir.File("by-year"));
    }

    [Fact]
    public void Many_documents_give_the_same_bytes()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var corpus = dir.File("corpus");
        GeneratedCorpus.Write(corpus, 260);
        GeneratedCorpus.Count(corpus, dir.File("count"), null);
        AssertSame(dir.File("count"));
        GeneratedCorpus.Count(corpus, dir.File("by-year"), new ComparisonOptions { By = "year", Target = DocumentFilter.Parse("year=2015..2020", "target") });
        AssertSame(dir.File("by-year"));
        GeneratedCorpus.Count(corpus, dir.File("by-source"), new ComparisonOptions { By = "source" });
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
}
