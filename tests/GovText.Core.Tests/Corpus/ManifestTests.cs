using System.Text;
using GovText.Core.Corpus;
using GovText.Core.Errors;
using GovText.Core.Tests.Ingestion;
using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Core.Tests.Corpus;

public class ManifestTests
{
    private static ConfigurationException Fails(string manifest, params string[] files)
    {
        using var dir = TestEnvironment.CreateTempDir();
        foreach (var f in files) TestCorpus.Write(dir, f, "text");
        var path = TestCorpus.Write(dir, "manifest.csv", manifest);
        var ex = Assert.Throws<ConfigurationException>(() => Manifest.Load(path, dir.Path));
        Assert.Equal(path, ex.File);
        return ex;
    }

    [Fact]
    public void A_manifest_with_a_bom_is_read_with_extra_columns_in_order()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "sub/a.txt", "text");
        var path = TestCorpus.Write(dir, "manifest.csv",
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("id,path,zeta,title,year,alpha:category,language\na1,sub/a.txt,z,T,2021,x,en\n")]);
        var manifest = Manifest.Load(path, dir.Path);
        var entry = Assert.Single(manifest.Entries);
        Assert.Equal(("a1", "sub/a.txt", "T", 2021, Language.English), (entry.Id, entry.Path, entry.Title, entry.Year, entry.Language));
        Assert.Equal(["zeta", "alpha"], manifest.ExtraColumns.Select(c => c.Name));
        Assert.Equal(ColumnType.Category, manifest.ExtraColumns[1].Type);
        Assert.Equal(["zeta", "alpha"], entry.Metadata.Keys);
        Assert.Equal("z", entry.Metadata["zeta"]);
    }

    [Fact]
    public void Missing_file_names_the_line()
    {
        var ex = Fails("id,path\na,a.txt\nb,missing.txt\n", "a.txt");
        Assert.Equal(3, ex.Line);
        Assert.Contains(":3: missing file 'missing.txt'", ex.Message);
    }

    [Fact]
    public void Duplicate_id_names_both_lines()
    {
        var ex = Fails("id,path\na,a.txt\na,b.txt\n", "a.txt", "b.txt");
        Assert.Equal(3, ex.Line);
        Assert.Contains("duplicate id 'a' (first used on line 2)", ex.Message);
    }

    [Fact]
    public void Non_numeric_year_names_the_line()
    {
        var ex = Fails("id,path,year\na,a.txt,2021\nb,b.txt,twenty\n", "a.txt", "b.txt");
        Assert.Equal(3, ex.Line);
        Assert.Contains("year 'twenty' is not a number", ex.Message);
    }

    [Theory]
    [InlineData("id,title\na,T\n", "missing required column 'path'")]
    [InlineData("path,title\na.txt,T\n", "missing required column 'id'")]
    [InlineData("id,path,region:colour\na,a.txt,x\n", "unknown column type 'colour'")]
    [InlineData("id,path,year:date\na,a.txt,2021\n", "column 'year' has a fixed type")]
    [InlineData("id,path,id\na,a.txt,b\n", "column 'id' appears twice")]
    public void Header_problems_are_on_line_1(string manifest, string message)
    {
        var ex = Fails(manifest, "a.txt");
        Assert.Equal(1, ex.Line);
        Assert.Contains(message, ex.Message);
    }

    [Theory]
    [InlineData("id,path,n:number\na,a.txt,many\n", "'many' in column 'n' is not a number")]
    [InlineData("id,path,d:date\na,a.txt,2021-13-01\n", "'2021-13-01' in column 'd' is not a date")]
    [InlineData("id,path,language\na,a.txt,fr\n", "language 'fr' is not one of")]
    [InlineData("id,path\na/b,a.txt\n", "cannot be used as a file name")]
    [InlineData("id,path\na,../a.txt\n", "outside the corpus folder")]
    [InlineData("id,path\na,a.txt\nb,a.txt\n", "listed twice")]
    public void Row_problems_name_their_line(string manifest, string message)
    {
        var ex = Fails(manifest, "a.txt");
        Assert.NotNull(ex.Line);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void Typed_values_that_fit_are_accepted()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", "text");
        var path = TestCorpus.Write(dir, "manifest.csv", "id,path,n:number,d:date,c:category,t:text\na,a.txt,-3.5,2021-03,x,y\n");
        Assert.Single(Manifest.Load(path, dir.Path).Entries);
    }
}
