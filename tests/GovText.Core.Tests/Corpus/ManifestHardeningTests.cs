using System.Text;
using GovText.Core.Corpus;
using GovText.Core.Errors;
using GovText.Core.Tests.Ingestion;
using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Core.Tests.Corpus;

/// <summary>Manifests that used to lose rows, read outside the corpus or misread metadata without a word.</summary>
public class ManifestHardeningTests
{
    private static ConfigurationException Fails(TempDir dir, string manifest)
    {
        var path = TestCorpus.Write(dir, "manifest.csv", manifest);
        return Assert.Throws<ConfigurationException>(() => Manifest.Load(path, dir.Path));
    }

    [Fact]
    public void An_unterminated_quote_is_an_error_at_the_line_that_opens_it()
    {
        using var dir = TestEnvironment.CreateTempDir();
        foreach (var f in new[] { "a.txt", "b.txt", "c.txt" }) TestCorpus.Write(dir, f, "text");
        var ex = Fails(dir, "id,path,title\na,a.txt,\"ok, quoted\"\nb,b.txt,\"never closed\nc,c.txt,T\n");
        Assert.Equal(3, ex.Line);
        Assert.Contains("never closed", ex.Message);
        // A quoted cell over two lines with an escaped quote is fine.
        var path = TestCorpus.Write(dir, "manifest.csv", "id,path,title\na,a.txt,\"two\nlines \"\"q\"\"\"\nb,b.txt,T\n");
        Assert.Equal(["a", "b"], Manifest.Load(path, dir.Path).Entries.Select(e => e.Id));
    }

    [Fact]
    public void Manifest_columns_named_like_documents_csv_columns_never_give_two_columns_of_one_name()
    {
        using var dir = TestEnvironment.CreateTempDir();
        using var outDir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", "Social governance text.");
        TestCorpus.Write(dir, "manifest.csv", "id,path,manifest_sha256,sha256,chars\na,a.txt,from-manifest-1,from-manifest-2,from-manifest-3\n");
        new GovText.Core.Pipeline.AnalysisPipeline(new GovText.Core.Pipeline.AnalysisOptions(new GovText.Core.Ingestion.IngestOptions(dir.Path, null, GovText.Core.Cleaning.CleaningOptions.Default), outDir.Path)).Run();
        var lines = File.ReadAllLines(outDir.File("documents.csv"));
        var header = lines[0].Split(',');
        Assert.Equal(header.Length, header.Distinct(StringComparer.Ordinal).Count());
        var row = lines[1].Split(',');
        string Cell(string column) => row[Array.IndexOf(header, column)];
        // The fixed columns keep GovText's values; the manifest's keep theirs under names that say where they came from.
        Assert.Equal(64, Cell("sha256").Length);
        Assert.Equal("23", Cell("chars"));
        Assert.Equal("from-manifest-1", Cell("manifest_sha256"));
        Assert.Equal("from-manifest-2", Cell("manifest_manifest_sha256"));
        Assert.Equal("from-manifest-3", Cell("manifest_chars"));
    }

    [Fact]
    public void Paths_with_control_characters_or_through_symlinks_out_of_the_corpus_are_refused()
    {
        using var outside = TestEnvironment.CreateTempDir();
        TestCorpus.Write(outside, "secret.txt", "not corpus");
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", "text");
        File.CreateSymbolicLink(dir.File("link.txt"), outside.File("secret.txt"));
        Directory.CreateSymbolicLink(dir.File("sub"), outside.Path);
        Directory.CreateSymbolicLink(dir.File("inside"), dir.Path);

        Assert.Contains("control character", Fails(dir, "id,path\na,a\u0001.txt\n").Message);
        Assert.Contains("NUL bytes", Fails(dir, "id,path\na,a\0.txt\n").Message);
        var ex = Fails(dir, "id,path\na,a.txt\nb,link.txt\n");
        Assert.Equal(3, ex.Line);
        Assert.Contains("leads outside the corpus folder through a symbolic link", ex.Message);
        Assert.Contains("leads outside the corpus folder", Fails(dir, "id,path\nb,sub/secret.txt\n").Message);
        // A link that stays inside the corpus is fine.
        var path = TestCorpus.Write(dir, "manifest.csv", "id,path\na,inside/a.txt\n");
        Assert.Equal("inside/a.txt", Assert.Single(Manifest.Load(path, dir.Path).Entries).Path);
    }

    [Fact]
    public void Standard_columns_match_whatever_their_case_and_near_misses_are_refused()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", "text");
        var path = TestCorpus.Write(dir, "manifest.csv", "ID,Path,Title,Year,Language,Region\na,a.txt,T,1999,zh,north\n");
        var manifest = Manifest.Load(path, dir.Path);
        var entry = Assert.Single(manifest.Entries);
        Assert.Equal(("a", "T", 1999, Language.Chinese), (entry.Id, entry.Title, entry.Year, entry.Language));
        Assert.Equal(["Region"], manifest.ExtraColumns.Select(c => c.Name));

        var ex = Fails(dir, "id,path,yaer\na,a.txt,1999\n");
        Assert.Equal(1, ex.Line);
        Assert.Contains("did you mean the standard column 'year'", ex.Message);
        Assert.Contains("did you mean 'paht'", Fails(dir, "id,paht\na,a.txt\n").Message);
        Assert.Contains("appears twice", Fails(dir, "id,path,year,YEAR\na,a.txt,1,2\n").Message);
    }

    [Fact]
    public void A_gbk_manifest_from_excel_on_chinese_windows_keeps_its_titles()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", "text");
        var path = TestCorpus.Write(dir, "manifest.csv", TestCorpus.Gbk.GetBytes("id,path,title,地区\r\na,a.txt,政府工作报告,广东省\r\n"));
        var manifest = Manifest.Load(path, dir.Path);
        var entry = Assert.Single(manifest.Entries);
        Assert.Equal("政府工作报告", entry.Title);
        Assert.Equal("广东省", entry.Metadata["地区"]);
    }

    [Fact]
    public void An_id_too_long_for_a_file_name_is_an_error_and_long_file_names_get_ids_that_fit()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var name = new string('治', 80) + ".txt"; // 244 bytes: a legal file name
        TestCorpus.Write(dir, name, "text");
        var ex = Fails(dir, $"id,path\n{new string('治', 80)},{name}\n");
        Assert.Contains("at most 200 bytes", ex.Message);

        var ids = DocumentIds.Assign([name, "sub/" + name], []);
        Assert.All(ids.Values, id => Assert.True(Encoding.UTF8.GetByteCount(id) <= DocumentIds.MaxIdBytes, id));
        Assert.Equal(2, ids.Values.Distinct().Count());
    }
}
