using GovText.Core.Cleaning;
using GovText.Core.Comparison;
using GovText.Core.Ingestion;
using GovText.Core.Lexicon;
using GovText.Core.Pipeline;
using GovText.Core.Results;
using GovText.Tests;

namespace GovText.Core.Tests.Results;

/// <summary>
/// One corpus counted with <c>--table-format csv</c> and with <c>parquet</c>: the Parquet tables hold, value by value,
/// the rows of the CSV ones; comparisons replayed from either folder are byte-identical; Parquet runs repeat byte for byte.
/// </summary>
public sealed class ParquetRunTests
{
    private static readonly ComparisonOptions Compare = new()
    {
        By = "year",
        Target = DocumentFilter.Parse("year=2020..2025", "target"),
        MinCount = 1,
    };

    private static readonly string[] CountTables = ["concept_counts", "concept_matches", "word_frequencies"];

    [Fact]
    public void Parquet_tables_hold_the_csv_rows_value_by_value_and_the_rest_of_the_folder_is_the_same()
    {
        using var csv = TestEnvironment.CreateTempDir();
        using var parquet = TestEnvironment.CreateTempDir();
        CountInto(TestEnvironment.SampleCorpus, csv.Path, TableFormat.Csv, 2);
        CountInto(TestEnvironment.SampleCorpus, parquet.Path, TableFormat.Parquet, 2);

        AssertSameRows(csv.Path, parquet.Path);
        var others = Files(csv.Path).Keys.Where(f => !CountTables.Contains(Path.GetFileNameWithoutExtension(f))).ToList();
        Assert.Equal(others.Order(StringComparer.Ordinal),
            Files(parquet.Path).Keys.Where(f => !f.EndsWith(".parquet", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var file in others)
            Assert.True(File.ReadAllBytes(Path.Combine(csv.Path, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(parquet.Path, file))), file + " differs");
        Assert.Contains("keyness.csv", others);
    }

    [Fact]
    public void Comparisons_replayed_from_a_parquet_folder_equal_those_from_the_csv_folder_byte_for_byte()
    {
        using var csv = TestEnvironment.CreateTempDir();
        using var parquet = TestEnvironment.CreateTempDir();
        CountInto(TestEnvironment.SampleCorpus, csv.Path, TableFormat.Csv, 2, compare: false);
        CountInto(TestEnvironment.SampleCorpus, parquet.Path, TableFormat.Parquet, 2, compare: false);
        using var fromCsv = TestEnvironment.CreateTempDir();
        using var fromParquet = TestEnvironment.CreateTempDir();

        var a = CorpusStages.Compare(CountReplay.Replay(csv.Path, Compare), fromCsv.Path);
        var b = CorpusStages.Compare(CountReplay.Replay(parquet.Path, Compare), fromParquet.Path);

        Assert.Equal(4, a.Files.Count);
        Assert.Equal(a.Warnings, b.Warnings);
        Assert.Equal(Files(fromCsv.Path).Keys.Order(StringComparer.Ordinal), Files(fromParquet.Path).Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in Files(fromCsv.Path))
            Assert.True(bytes.SequenceEqual(File.ReadAllBytes(Path.Combine(fromParquet.Path, name))), name + " differs");
    }

    [Fact]
    public void Two_parquet_runs_are_byte_identical_whatever_the_parallelism()
    {
        using var a = TestEnvironment.CreateTempDir();
        using var b = TestEnvironment.CreateTempDir();
        CountInto(TestEnvironment.SampleCorpus, a.Path, TableFormat.Parquet, 1);
        CountInto(TestEnvironment.SampleCorpus, b.Path, TableFormat.Parquet, 4);
        var first = Files(a.Path);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), Files(b.Path).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, first.Keys.Count(k => k.EndsWith(".parquet", StringComparison.Ordinal)));
        foreach (var (name, bytes) in first)
            Assert.True(bytes.SequenceEqual(File.ReadAllBytes(Path.Combine(b.Path, name))), name + " differs between runs");
    }

    // The reports span 1954-2025 and word_frequencies has more rows than one row group holds.
    [SharedCorpusFact]
    public void The_government_work_reports_in_parquet_equal_their_csv_tables_value_by_value()
    {
        using var csv = TestEnvironment.CreateTempDir();
        using var parquet = TestEnvironment.CreateTempDir();
        var gwr = Path.Combine(TestEnvironment.SharedDir!, "corpora", "gwr");
        CountInto(gwr, csv.Path, TableFormat.Csv, 2, compare: false);
        CountInto(gwr, parquet.Path, TableFormat.Parquet, 2, compare: false);
        Assert.True(ResultTables.WordFrequencies.ReadIn(parquet.Path).Count() > ParquetLayout<GovText.Core.Counting.WordFrequencyRow>.RowGroupRows);
        AssertSameRows(csv.Path, parquet.Path);
    }

    private static void AssertSameRows(string csv, string parquet)
    {
        Assert.Equal(ResultTables.ConceptCounts.PathIn(csv), ResultTables.ConceptCounts.Find(csv));
        Assert.Equal(ResultTables.ConceptCounts.PathIn(parquet, TableFormat.Parquet), ResultTables.ConceptCounts.Find(parquet));
        AssertSame(ResultTables.ConceptCounts, csv, parquet);
        AssertSame(ResultTables.ConceptMatches, csv, parquet);
        AssertSame(ResultTables.WordFrequencies, csv, parquet);
    }

    private static void AssertSame<TRow>(ResultTable<TRow> table, string csv, string parquet)
    {
        var expected = table.ReadIn(csv).ToList();
        var actual = table.ReadIn(parquet).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        // Row by row, so a difference names its row (records compare every column; NaN equals NaN).
        for (var i = 0; i < expected.Count; i++) Assert.True(Equals(expected[i], actual[i]), $"{table.FileName} row {i + 1}: {expected[i]} vs {actual[i]}");
    }

    private static void CountInto(string corpus, string outDir, TableFormat format, int parallelism, bool compare = true)
    {
        var options = new AnalysisOptions(new IngestOptions(corpus, null, CleaningOptions.Default) { MaxParallelism = parallelism }, outDir)
        {
            TableFormat = format,
            WordFrequencies = true,
        };
        using var workflow = new AnalysisWorkflow(options, ConceptLexicon.Default.Compile(), compare ? new CorpusStages { Comparison = Compare } : null);
        Assert.Equal(0, workflow.Run().Ingest.ExitCode);
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);
}
