using GovText.Core.Counting;
using GovText.Core.Errors;
using GovText.Core.Results;
using GovText.Core.Text;
using GovText.Tests;
using Parquet;
using Parquet.Schema;

namespace GovText.Core.Tests.Text;

/// <summary>The one definition of language codes: round trips, order, clear errors, and the same text in every file format.</summary>
public sealed class LanguageTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("mixed")]
    [InlineData("num")]
    [InlineData("other")]
    [InlineData("zh")]
    public void Every_code_parses_to_a_language_whose_code_and_text_are_that_code(string code)
    {
        Assert.True(Language.TryParse(code, out var language));
        Assert.Equal(code, language.Code);
        Assert.Equal(code, language.ToString());
        Assert.Equal(code, $"{language}");
        Assert.Equal(language, Language.Parse(code));
    }

    [Fact]
    public void The_named_languages_have_the_codes_files_have_always_held()
    {
        Assert.Equal(
            ["zh", "en", "num", "mixed", "other"],
            new[] { Language.Chinese, Language.English, Language.Number, Language.Mixed, Language.Other }.Select(l => l.Code));
        Assert.Equal(["en", "mixed", "num", "other", "zh"], Language.All.Select(l => l.Code));
        Assert.Equal(["en", "zh"], Language.Words.Select(l => l.Code));
        Assert.True(Language.Chinese.IsWord && Language.English.IsWord);
        Assert.False(Language.Number.IsWord || Language.Mixed.IsWord || Language.Other.IsWord);
    }

    [Fact]
    public void Languages_sort_as_their_codes_sort_ordinally()
    {
        // Rows sorted by language (word_frequencies.csv, keyness.csv) must come out as they did when the column was a string.
        var shuffled = new[] { Language.Chinese, Language.Other, Language.English, Language.Number, Language.Mixed };
        Assert.Equal(
            shuffled.Select(l => l.Code).Order(StringComparer.Ordinal),
            shuffled.Order().Select(l => l.Code));
        foreach (var a in Language.All)
            foreach (var b in Language.All)
                Assert.Equal(Math.Sign(string.CompareOrdinal(a.Code, b.Code)), Math.Sign(a.CompareTo(b)));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ZH")]
    [InlineData(" zh")]
    [InlineData("chinese")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_code_is_refused_with_a_message_naming_it_and_the_known_codes(string? code)
    {
        Assert.False(Language.TryParse(code, out var language));
        Assert.Equal(default, language);
        var error = Assert.Throws<FormatException>(() => Language.Parse(code));
        Assert.Equal($"unknown language '{code}' (use en, mixed, num, other or zh)", error.Message);
        Assert.Equal($"unknown language '{code}' (use zh or en)", Language.UnknownCode(code, [Language.Chinese, Language.English]));
    }

    [Fact]
    public void An_unset_language_has_no_code()
    {
        Assert.Throws<InvalidOperationException>(() => default(Language).Code);
        Assert.Equal("", default(Language).ToString());
    }

    private static readonly WordFrequencyRow[] Words =
    [
        new() { DocId = "d1", Language = Language.English, Token = "governance", Count = 2 },
        new() { DocId = "d1", Language = Language.Number, Token = "2021", Count = 1 },
        new() { DocId = "d1", Language = Language.Other, Token = "gdp", Count = 1 },
        new() { DocId = "d1", Language = Language.Chinese, Token = "治理", Count = 3, Pos = "vn" },
    ];

    [Fact]
    public void A_csv_holds_the_code_and_reads_back_into_the_language()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = ResultTables.WordFrequencies.WriteIn(dir.Path, Words);
        Assert.Equal(
            "doc_id,language,token,count,pos\nd1,en,governance,2,\nd1,num,2021,1,\nd1,other,gdp,1,\nd1,zh,治理,3,vn\n",
            File.ReadAllText(path));
        Assert.Equal(Words.Select(w => (w.Language, w.Token)), ResultTables.WordFrequencies.Read(path).Select(w => (w.Language, w.Token)));
    }

    [Fact]
    public void A_csv_with_an_unknown_code_is_an_error_naming_the_file_line_and_code()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = dir.File("word_frequencies.csv");
        File.WriteAllText(path, "doc_id,language,token,count,pos\nd1,en,governance,2,\nd1,fr,gouvernance,1,\n");
        var error = Assert.Throws<ConfigurationException>(() => ResultTables.WordFrequencies.Read(path).ToList());
        Assert.Equal(path, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("unknown language 'fr'", error.Message);
    }

    [Fact]
    public async Task A_parquet_language_column_is_the_code_as_a_string()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = ResultTables.WordFrequencies.WriteIn(dir.Path, Words, TableFormat.Parquet);
        await using (var stream = File.OpenRead(path))
        {
            var reader = await ParquetReader.CreateAsync(stream);
            var field = reader.Schema.GetDataFields().Single(f => f.Name == "language");
            Assert.Contains(field.ClrType, new[] { typeof(string), typeof(ReadOnlyMemory<char>) });
            using var group = reader.OpenRowGroupReader(0);
            var codes = new string?[Words.Length];
            await group.ReadAsync(field, codes.AsMemory());
            Assert.Equal(new[] { "en", "num", "other", "zh" }, codes.Select(c => c!));
            await reader.DisposeAsync();
        }
        Assert.Equal(Words.Select(w => w.Language), ResultTables.WordFrequencies.Read(path).Select(w => w.Language));

        // A file written by another tool with a code GovText does not write: an error naming the file, not a crash.
        var foreign = Path.Combine(dir.Path, "foreign", "word_frequencies.parquet");
        Directory.CreateDirectory(Path.GetDirectoryName(foreign)!);
        var strings = new[] { "doc_id", "language", "token" }.Select(n => new DataField<string>(n, nullable: false)).ToArray();
        var count = new DataField<int>("count", nullable: false);
        await using (var stream = File.Create(foreign))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema([.. strings, count]), stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(strings[0], ["d1"]);
            await group.WriteAsync(strings[1], ["fr"]);
            await group.WriteAsync(strings[2], ["gouvernance"]);
            await group.WriteAsync(count, new ReadOnlyMemory<int>([1]));
        }
        var error = Assert.Throws<ConfigurationException>(() => ResultTables.WordFrequencies.Read(foreign).ToList());
        Assert.Equal(foreign, error.File);
        Assert.Contains("column language: unknown language 'fr'", error.Message);
    }
}
