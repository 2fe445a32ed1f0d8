using System.Security.Cryptography;
using System.Text;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Runs;

/// <summary>run.json fingerprints the stop words in effect, the built-in lists included.</summary>
public class StopWordRecordTests
{
    [Fact]
    public async Task Run_json_fingerprints_the_stop_words_in_effect_whatever_the_file_layout()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var list = dir.File("stop.txt");
        File.WriteAllText(list, "# my list\n的 了\nThe | an article\n");
        var (code, _, error) = await Run("compare", TestEnvironment.SampleCorpus, "--out", dir.File("out"), "--stopwords", list, "--no-charts", "-q");
        Assert.True(code == 0, error);

        var stopwords = RunFolder.Record(dir.File("out"))["inputs"]!["stopwords"]!;
        // By hand: one line per word, language tab word, ordinal order (了 U+4E86 before 的 U+7684), Chinese then English.
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("zh\t了\nzh\t的\nen\tthe\n")));
        Assert.Equal(expected, (string?)stopwords["sha256"]);
        Assert.Equal(2, (int)stopwords["chinese"]!);
        Assert.Equal(1, (int)stopwords["english"]!);

        Assert.Equal(0, (await Run("compare", TestEnvironment.SampleCorpus, "--out", dir.File("default"), "--no-charts", "-q")).Code);
        var builtIn = RunFolder.Record(dir.File("default"))["inputs"]!["stopwords"]!;
        Assert.Equal("default", (string?)builtIn["list"]);
        Assert.Equal(174, (int)builtIn["english"]!); // the Snowball English list
        Assert.Equal(64, ((string?)builtIn["sha256"])!.Length);
    }
}
