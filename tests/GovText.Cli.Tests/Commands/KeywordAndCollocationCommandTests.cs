using System.Text;
using GovText.Core.Errors;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Commands;

/// <summary><c>govtext keywords</c> and <c>govtext collocations</c> end to end.</summary>
public class KeywordAndCollocationCommandTests
{
    private const string Report = "推进国家治理体系和治理能力现代化，推进国家治理。坚持以人民为中心的发展思想，推进高质量发展。";

    private static string Write(TempDir dir, string name, string text)
    {
        var path = dir.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task A_file_gets_jiebas_keywords_as_tsv()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var file = Write(dir, "report.txt", Report);
        // python3-jieba 0.42.1: jieba.analyse.extract_tags(text, 5, True) and textrank(text, 3, True)
        var (code, output, _) = await Run("keywords", file, "--top", "5");
        Assert.Equal(ExitCode.Ok, code);
        Assert.Equal("rank\tterm\tweight\n1\t治理\t1.120609814345\n2\t推进\t0.956217722587\n3\t高质量\t0.498523553712\n" +
            "4\t国家\t0.444493932462\n5\t发展\t0.397229394493\n", output);
        Assert.Equal("rank\tterm\tweight\n1\t治理\t1\n2\t推进\t0.849900288012\n3\t发展\t0.598037532798\n",
            (await Run("keywords", file, "--top", "3", "--method", "textrank")).Out);
        // extract_tags(text, 3, True, allowPOS=('n',))
        Assert.Equal("rank\tterm\tweight\n1\t高质量\t1.121677995853\n2\t国家\t1.00011134804\n3\t体系\t0.728799594823\n",
            (await Run("keywords", file, "--top", "3", "--pos", "n")).Out);
    }

    [Fact]
    public async Task Bad_combinations_are_usage_errors()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var file = Write(dir, "report.txt", Report);
        Assert.Equal(ExitCode.BadUsage, (await Run("keywords", file, "--idf", "corpus")).Code);
        Assert.Equal(ExitCode.BadUsage, (await Run("keywords", file, "--method", "textrank", "--idf", "jieba")).Code);
        Assert.Equal(ExitCode.BadUsage, (await Run("keywords", file, "--top", "0")).Code);
        Assert.Equal(ExitCode.BadUsage, (await Run("collocations", dir.Path, "--size", "4", "--out", dir.File("out"))).Code);
    }

    [Fact]
    public async Task A_corpus_gets_keywords_per_document_and_per_group_with_the_ingestion_outputs()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Write(dir, "corpus/a.txt", Report);
        Write(dir, "corpus/b.txt", "乡村振兴战略全面推进，脱贫攻坚成果巩固拓展。乡村振兴。");
        Write(dir, "corpus/manifest.csv", "id,path,year\na,a.txt,2020\nb,b.txt,2020\n");
        var outDir = dir.File("out");
        Assert.Equal(ExitCode.Ok, (await Run("keywords", dir.File("corpus"), "--out", outDir, "--top", "2", "--quiet")).Code);
        Assert.True(File.Exists(Path.Combine(outDir, "documents.csv")));
        Assert.Equal(Report, File.ReadAllText(Path.Combine(outDir, "text", "a.txt")));
        var rows = File.ReadAllLines(Path.Combine(outDir, "keywords.csv"));
        Assert.Equal("doc_id,rank,term,weight,language", rows[0]);
        Assert.Equal("a,1,治理,1.120609814345,zh", rows[1]);
        Assert.Equal("a,2,推进,0.956217722587,zh", rows[2]);
        Assert.StartsWith("b,1,乡村,", rows[3]);

        var grouped = dir.File("grouped");
        Assert.Equal(ExitCode.Ok, (await Run("keywords", dir.File("corpus"), "--out", grouped, "--by", "year", "--quiet")).Code);
        var groupRows = File.ReadAllLines(Path.Combine(grouped, "keywords.csv"));
        Assert.Equal("group,rank,term,weight,language", groupRows[0]);
        Assert.All(groupRows.Skip(1), r => Assert.StartsWith("2020,", r));
    }

    [Fact]
    public async Task Collocations_of_a_corpus_are_written_with_the_ingestion_outputs()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Write(dir, "corpus/a.txt", "乡村振兴战略全面推进。乡村振兴，脱贫攻坚。乡村振兴的成果。");
        var outDir = dir.File("out");
        var (code, output, _) = await Run("collocations", dir.File("corpus"), "--out", outDir, "--min-count", "2");
        Assert.Equal(ExitCode.Ok, code);
        Assert.Contains("1 collocation(s) seen at least 2 times.", output);
        var rows = File.ReadAllLines(Path.Combine(outDir, "collocations.csv"));
        Assert.Equal("collocation,size,count,lambda,z,mi,t,g2,language", rows[0]);
        Assert.StartsWith("乡村 振兴,2,3,", rows[1]);
        Assert.EndsWith(",zh", rows[1]);
        Assert.True(File.Exists(Path.Combine(outDir, "text", "a.txt")));
    }
}
