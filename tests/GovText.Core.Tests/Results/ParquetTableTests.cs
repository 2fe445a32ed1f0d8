using GovText.Core.Counting;
using GovText.Core.Errors;
using GovText.Core.Results;
using GovText.Core.Tests.Support;
using GovText.Tests;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;
using GovText.Core.Text;

namespace GovText.Core.Tests.Results;

/// <summary>The large tables as Parquet: the same rows back, the documented column types, bounded row groups, the same bytes every time, clear errors.</summary>
public sealed class ParquetTableTests
{
    private static readonly ConceptCountRow[] Counts =
    [
        new()
        {
            DocId = "gwr-zh-2014", ConceptId = "social_governance", ConceptEn = "Social governance, \"innovated\"", ConceptZh = "社会治理",
            Language = Language.Chinese, Count = 3, CountWithChildren = 5, Tokens = 17_000, Per10k = 3 * 10_000.0 / 17_000, Per10kWithChildren = 5 * 10_000.0 / 17_000,
            HanChars = 30_123, Per10kHan = 3 * 10_000.0 / 30_123,
        },
        new()
        {
            DocId = "gwr-en-2017", ConceptId = "social_governance", ConceptEn = "Social governance, \"innovated\"", ConceptZh = "社会治理",
            Language = Language.English, Count = 0, CountWithChildren = 0, Tokens = 0, Per10k = double.NaN, Per10kWithChildren = 1e-300,
        },
    ];

    private static readonly ConceptMatchRow[] Matches =
    [
        new() { DocId = "d", ConceptId = "c", Language = Language.English, Term = "a, b", Paragraph = 0, Sentence = 1, Start = 2, End = 6, MatchedText = "A,\nb" },
        new() { DocId = "d", ConceptId = "c", Language = Language.Chinese, Term = "治理", Paragraph = 7, Sentence = 9, Start = int.MaxValue - 2, End = int.MaxValue, MatchedText = "治理" },
    ];

    [Fact]
    public void Every_large_table_reads_back_the_rows_that_wrote_it()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Assert.Equal(Counts, ResultTables.ConceptCounts.Read(ResultTables.ConceptCounts.WriteIn(dir.Path, Counts, TableFormat.Parquet)));
        Assert.Equal(Matches, ResultTables.ConceptMatches.Read(ResultTables.ConceptMatches.WriteIn(dir.Path, Matches, TableFormat.Parquet)));
        WordFrequencyRow[] words = [new() { DocId = "d", Language = Language.Chinese, Token = "发展", Count = 4, Pos = "vn" }, new() { DocId = "d", Language = Language.English, Token = "", Count = 1 }];
        Assert.Equal(words, ResultTables.WordFrequencies.Read(ResultTables.WordFrequencies.WriteIn(dir.Path, words, TableFormat.Parquet)));
        Assert.Equal(
            ["concept_counts.parquet", "concept_matches.parquet", "word_frequencies.parquet"],
            Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Columns_have_the_csv_names_in_order_and_the_documented_types()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = ResultTables.ConceptCounts.WriteIn(dir.Path, Counts, TableFormat.Parquet);
        var fields = Schema(path);
        Assert.Equal(
            "doc_id string, concept_id string, concept_en string, concept_zh string, language string, count int32, " +
            "count_with_children int32, tokens int32, per_10k double, per_10k_with_children double, han_chars int32?, per_10k_han double?",
            string.Join(", ", fields));
        Assert.Equal(File.ReadLines(ResultTables.ConceptCounts.WriteIn(dir.Path, Counts)).First(),
            string.Join(",", fields.Select(f => f.Split(' ')[0])));
    }

    [Fact]
    public void String_columns_are_dictionary_encoded_and_the_codec_is_zstd()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var words = Enumerable.Range(0, 5000).Select(i => new WordFrequencyRow { DocId = "doc" + i / 100, Language = Language.Chinese, Token = "词" + i % 37, Count = i }).ToList();
        var path = ResultTables.WordFrequencies.WriteIn(dir.Path, words, TableFormat.Parquet);
        var chunks = Metadata(path).RowGroups.Single().Columns.Select(c => c.MetaData!).ToList();
        Assert.All(chunks, c => Assert.Equal(CompressionCodec.ZSTD, c.Codec));
        foreach (var chunk in chunks)
        {
            var dictionary = chunk.Encodings.Contains(Encoding.PLAIN_DICTIONARY) || chunk.Encodings.Contains(Encoding.RLE_DICTIONARY);
            Assert.True(dictionary == (chunk.Type == Parquet.Meta.Type.BYTE_ARRAY), $"{string.Join('.', chunk.PathInSchema)}: {string.Join(",", chunk.Encodings)}");
        }
    }

    [Fact]
    public void Row_groups_are_bounded_so_memory_stays_flat_and_every_row_comes_back_in_order()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var rows = Enumerable.Range(0, 2 * ParquetLayout<WordFrequencyRow>.RowGroupRows + 5)
            .Select(i => new WordFrequencyRow { DocId = "doc" + i / 1000, Language = i % 3 == 0 ? Language.English : Language.Chinese, Token = "t" + i % 977, Count = i, Pos = i % 5 == 0 ? "n" : "" })
            .ToList();
        var path = ResultTables.WordFrequencies.WriteIn(dir.Path, rows, TableFormat.Parquet);
        Assert.Equal([ParquetLayout<WordFrequencyRow>.RowGroupRows, ParquetLayout<WordFrequencyRow>.RowGroupRows, 5L],
            Metadata(path).RowGroups.Select(g => g.NumRows));
        Assert.Equal(rows, ResultTables.WordFrequencies.Read(path));
    }

    [Fact]
    public void The_same_rows_give_the_same_bytes_and_no_timestamp_or_key_value_metadata()
    {
        using var a = TestEnvironment.CreateTempDir();
        using var b = TestEnvironment.CreateTempDir();
        var tables = RandomTables.Create(7, 40);
        tables.WriteTo(a.Path, TableFormat.Parquet);
        tables.WriteTo(b.Path, TableFormat.Parquet);
        foreach (var name in new[] { "concept_counts.parquet", "concept_matches.parquet", "word_frequencies.parquet" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, name)), File.ReadAllBytes(Path.Combine(b.Path, name)));
            var metadata = Metadata(Path.Combine(a.Path, name));
            Assert.Null(metadata.KeyValueMetadata);
            Assert.StartsWith("Parquet.Net version 6.1.0", metadata.CreatedBy);
        }
    }

    [Fact]
    public void An_empty_table_is_a_valid_file_with_its_columns()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = ResultTables.ConceptMatches.WriteIn(dir.Path, [], TableFormat.Parquet);
        Assert.Empty(ResultTables.ConceptMatches.Read(path));
        Assert.Equal(9, Schema(path).Count);
    }

    [Fact]
    public void An_abandoned_writer_leaves_no_file()
    {
        using var dir = TestEnvironment.CreateTempDir();
        using (var writer = ResultTables.ConceptMatches.OpenIn(dir.Path, TableFormat.Parquet))
            writer.Write(Matches);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void A_folder_resolves_to_the_one_format_it_holds_and_refuses_both()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Assert.Null(ResultTables.ConceptMatches.Find(dir.Path));
        var missing = Assert.Throws<ConfigurationException>(() => ResultTables.ConceptMatches.ReadIn(dir.Path).ToList());
        Assert.Contains("concept_matches.csv (or concept_matches.parquet) is missing", missing.Message);

        var parquet = ResultTables.ConceptMatches.WriteIn(dir.Path, Matches, TableFormat.Parquet);
        Assert.Equal(parquet, ResultTables.ConceptMatches.Find(dir.Path));
        Assert.Equal(Matches, ResultTables.ConceptMatches.ReadIn(dir.Path));

        ResultTables.ConceptMatches.WriteIn(dir.Path, Matches);
        var both = Assert.Throws<ConfigurationException>(() => ResultTables.ConceptMatches.Find(dir.Path));
        Assert.Contains("both concept_matches.csv and concept_matches.parquet", both.Message);

        File.Delete(parquet);
        Assert.Equal(ResultTables.ConceptMatches.PathIn(dir.Path), ResultTables.ConceptMatches.Find(dir.Path));
        Assert.Equal(Matches, ResultTables.ConceptMatches.ReadIn(dir.Path));
    }

    [Fact]
    public void Small_tables_stay_csv()
    {
        Assert.Equal([TableFormat.Csv], ResultTables.ConceptByGroup.Formats);
        Assert.Equal([TableFormat.Csv, TableFormat.Parquet], ResultTables.WordFrequencies.Formats);
        Assert.Throws<InvalidOperationException>(() => ResultTables.Cooccurrence.PathIn("x", TableFormat.Parquet));
    }

    [Fact]
    public async Task A_file_without_a_column_or_with_another_type_is_refused_naming_the_file_and_column()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = Path.Combine(dir.Path, "concept_matches.parquet");
        var docId = new DataField<string>("doc_id", nullable: false);
        var start = new DataField<long>("start", nullable: false);
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(docId, start), stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(docId, ["d"]);
            await group.WriteAsync(start, new ReadOnlyMemory<long>([1L]));
        }
        var ex = Assert.Throws<ConfigurationException>(() => ResultTables.ConceptMatches.Read(path).ToList());
        Assert.Equal(path, ex.File);
        Assert.Contains("missing column(s) concept_id, language, term, paragraph, sentence, end, matched_text", ex.Message);

        var words = Path.Combine(dir.Path, "word_frequencies.parquet");
        var count = new DataField<long>("count", nullable: false);
        var fields = new[] { "doc_id", "language", "token" }.Select(n => new DataField<string>(n, nullable: false)).ToArray();
        await using (var stream = File.Create(words))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema([.. fields, count]), stream))
        {
            using var group = writer.CreateRowGroup();
            foreach (var f in fields) await group.WriteAsync(f, ["x"]);
            await group.WriteAsync(count, new ReadOnlyMemory<long>([1L]));
        }
        // pos may be absent (as in the CSV); count stored as int64 may not.
        var typed = Assert.Throws<ConfigurationException>(() => ResultTables.WordFrequencies.Read(words).ToList());
        Assert.Contains("column count is int64 (required), GovText writes it as int32 (required)", typed.Message);
    }

    [Fact]
    public void A_damaged_file_is_an_error_naming_it()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = ResultTables.ConceptMatches.WriteIn(dir.Path, Matches, TableFormat.Parquet);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var ex = Assert.Throws<ConfigurationException>(() => ResultTables.ConceptMatches.Read(path).ToList());
        Assert.Equal(path, ex.File);
        Assert.Contains("cannot read this Parquet file", ex.Message);
    }

    private static List<string> Schema(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            return reader.Schema.DataFields.Select(f =>
            {
                var type = f.ClrType == typeof(ReadOnlyMemory<char>) ? "string" : f.ClrType == typeof(int) ? "int32" : f.ClrType == typeof(double) ? "double" : f.ClrType.Name;
                return $"{f.Name} {type}{(f.IsNullable ? "?" : "")}";
            }).ToList();
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static FileMetaData Metadata(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            return reader.Metadata!;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
