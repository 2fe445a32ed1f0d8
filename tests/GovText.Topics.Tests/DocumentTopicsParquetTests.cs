using System.Globalization;
using GovText.Core.Results;
using GovText.Tests;
using GovText.Topics.Corpus;
using GovText.Topics.Lda;
using GovText.Topics.Output;

namespace GovText.Topics.Tests;

/// <summary><c>document_topics</c> with <c>--table-format parquet</c>: the same rows as the CSV of the same fit.</summary>
public sealed class DocumentTopicsParquetTests
{
    private static readonly string[][] Words =
    [
        ["economy", "growth", "investment", "market", "enterprise", "industry", "finance", "trade"],
        ["education", "school", "student", "teacher", "course", "university", "exam", "training"],
        ["medical", "hospital", "doctor", "patient", "disease", "medicine", "health", "nurse"],
    ];

    [Fact]
    public void Parquet_document_topics_hold_the_csv_rows_value_by_value_and_the_other_tables_are_the_same()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        TopicAnalysisTests.WriteCorpus(corpus.Path, Words, "en", documents: 24);
        using var csv = TestEnvironment.CreateTempDir();
        using var parquet = TestEnvironment.CreateTempDir();
        var options = new TopicRunOptions([3], new LdaOptions(3, Iterations: 50), new VocabularyOptions(2, 0.9));

        TopicAnalysisTests.Run(corpus.Path, csv.Path, options);
        var result = TopicAnalysisTests.Run(corpus.Path, parquet.Path, options with { TableFormat = TableFormat.Parquet });

        Assert.Contains(Path.Combine(parquet.Path, "document_topics.parquet"), result.Files);
        Assert.False(File.Exists(Path.Combine(parquet.Path, TopicCsv.DocumentTopics)));
        var expected = TopicTables.DocumentTopics.ReadIn(csv.Path).ToList();
        var actual = TopicTables.DocumentTopics.ReadIn(parquet.Path).ToList();
        Assert.Equal(24 * 3, expected.Count);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal((expected[i].DocId, expected[i].Topic), (actual[i].DocId, actual[i].Topic));
            // The CSV writes shares with up to 12 decimals; Parquet keeps the double: equal as the CSV writes it.
            Assert.Equal(expected[i].Share.ToString(TopicCsv.NumberFormat, CultureInfo.InvariantCulture),
                actual[i].Share.ToString(TopicCsv.NumberFormat, CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].Share, actual[i].Share, 12);
        }
        foreach (var name in new[] { TopicCsv.TopicTerms, TopicCsv.TopicSummary, TopicCsv.TopicModel })
            Assert.Equal(File.ReadAllBytes(Path.Combine(csv.Path, name)), File.ReadAllBytes(Path.Combine(parquet.Path, name)));
    }
}
