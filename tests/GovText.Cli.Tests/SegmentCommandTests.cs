using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GovText.Cli;
using GovText.Core.Errors;
using GovText.Tests;

namespace GovText.Cli.Tests;

/// <summary><c>govtext segment</c> run in-process.</summary>
public sealed class SegmentCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, CliConsole.ForTests(output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<(int Code, string Out, string Err)> RunWithStdin(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = CliConsole.ForTests(output, error);
        var root = new RootCommand { SegmentCommand.Create(console, () => new StringReader(stdin)) };
        var code = await root.Parse(["segment", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private static string TempFile(TempDir dir, string name, string content)
    {
        var path = dir.File(name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task TextFormatJoinsTokensAndTreatsCrLfLikeLf()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = TempFile(dir, "in.txt", "我爱北京天安门\r\n\r\n他来到了网易杭研大厦\n");
        var (code, output, error) = await Run("segment", path);
        Assert.Equal(ExitCode.Ok, code);
        Assert.Equal("", error);
        Assert.Equal("我 / 爱 / 北京 / 天安门\n\n他 / 来到 / 了 / 网易 / 杭研 / 大厦\n", output);
    }

    [Fact]
    public async Task JobsSegmentBlocksInParallelAndKeepTheOrder()
    {
        using var dir = TestEnvironment.CreateTempDir();
        // 4,000 numbered lines (about 400K characters): several of the writer's 128K-character blocks.
        var text = string.Concat(Enumerable.Range(1, 4000).Select(i => $"第{i}条 他来到了网易杭研大厦，推进国家治理体系和治理能力现代化\n"));
        var path = TempFile(dir, "in.txt", text);
        var one = await Run("segment", path, "--jobs", "1");
        var two = await Run("segment", path, "--jobs", "2");
        Assert.Equal(ExitCode.Ok, two.Code);
        Assert.Equal(one.Out, two.Out);
        var lines = two.Out.Split('\n');
        Assert.Equal(4001, lines.Length);
        Assert.Equal("第 / 1 / 条 /   / 他 / 来到 / 了 / 网易 / 杭研 / 大厦 / ， / 推进 / 国家 / 治理 / 体系 / 和 / 治理 / 能力 / 现代化", lines[0]);
        Assert.StartsWith("第 / 4000 / 条 / ", lines[3999]);
        var bad = await Run("segment", path, "--jobs", "0");
        Assert.Equal(ExitCode.BadUsage, bad.Code);
        Assert.Contains("--jobs must be at least 1", bad.Err);
    }

    [Fact]
    public async Task NoHmmModeAndFullModeFollowJieba()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = TempFile(dir, "in.txt", "他来到了网易杭研大厦");
        Assert.Equal("他 / 来到 / 了 / 网易 / 杭 / 研 / 大厦\n", (await Run("segment", path, "--no-hmm")).Out);
        // jieba.lcut("我来到北京清华大学", cut_all=True)
        var full = TempFile(dir, "full.txt", "我来到北京清华大学");
        Assert.Equal("我 / 来到 / 北京 / 清华 / 清华大学 / 华大 / 大学\n", (await Run("segment", full, "--mode", "full")).Out);
        // jieba.lcut_for_search("小明硕士毕业于中国科学院计算所")
        var search = TempFile(dir, "search.txt", "小明硕士毕业于中国科学院计算所");
        Assert.Equal("小明 / 硕士 / 毕业 / 于 / 中国 / 科学 / 学院 / 科学院 / 中国科学院 / 计算 / 计算所\n",
            (await Run("segment", search, "--mode", "search")).Out);
    }

    [Fact]
    public async Task PosFlagTagsAsJiebaPossegInEveryFormat()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = TempFile(dir, "in.txt", "他来到了网易杭研大厦\n我爱北京天安门，3.5%的GDP\tc++\n");
        // python3-jieba 0.42.1: ' '.join('%s/%s' % p for p in jieba.posseg.lcut(line)) (and HMM=False)
        Assert.Equal("他/r 来到/v 了/ul 网易/n 杭/j 研/vn 大厦/n\n我/r 爱/v 北京/ns 天安门/ns ，/x 3.5/m %/x 的/uj GDP/eng \t/x c++/nz\n",
            (await Run("segment", path, "--pos")).Out);
        Assert.Equal("他/r 来到/v 了/ul 网易/n 杭/nr 研/vn 大厦/n\n我/r 爱/v 北京/ns 天安门/ns ，/x 3/eng ./x 5/eng %/x 的/uj GDP/eng \t/x c++/nz\n",
            (await Run("segment", path, "--pos", "--no-hmm")).Out);
        var json = (await Run("segment", path, "--pos", "--format", "json")).Out.Split('\n');
        Assert.Equal("[[\"他\", \"r\"], [\"来到\", \"v\"], [\"了\", \"ul\"], [\"网易\", \"n\"], [\"杭\", \"j\"], [\"研\", \"vn\"], [\"大厦\", \"n\"]]", json[0]);
        Assert.Equal("\t", JsonSerializer.Deserialize<string[][]>(json[1])![9][0]);
        var tsv = (await Run("segment", path, "--pos", "--format", "tsv")).Out.Split('\n');
        Assert.Equal("line\tstart\tend\ttoken\tpos", tsv[0]);
        Assert.Equal("1\t4\t6\t网易\tn", tsv[4]);
        Assert.Equal("2\t16\t17\t\\t\tx", tsv[17]);
    }

    [Fact]
    public async Task PosFlagRejectsSearchAndFullModes()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = TempFile(dir, "in.txt", "推进国家治理");
        var (code, _, error) = await Run("segment", path, "--pos", "--mode", "search");
        Assert.Equal(ExitCode.BadUsage, code);
        Assert.Contains("--pos", error);
    }

    [Fact]
    public async Task StdinIsReadForDashAndForNoArgument()
    {
        var (code, output, _) = await RunWithStdin("推进国家治理\n", "-");
        Assert.Equal(ExitCode.Ok, code);
        Assert.Equal("推进 / 国家 / 治理\n", output);
        Assert.Equal("[\"推进\", \"国家\", \"治理\"]\n", (await RunWithStdin("推进国家治理", "--format", "json")).Out);
    }

    [Fact]
    public async Task UserDictionaryIsLoadedAndBadOnesAreUsageErrors()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var dict = TempFile(dir, "user.txt", "杭研大厦 10 nt\n");
        var (code, output, _) = await RunWithStdin("他来到了网易杭研大厦\n", "--user-dict", dict);
        Assert.Equal(ExitCode.Ok, code);
        Assert.Equal("他 / 来到 / 了 / 网易 / 杭研大厦\n", output);

        var input = TempFile(dir, "in.txt", "x\n");
        var tooBig = TempFile(dir, "big.txt", "词 1\n词 99999999999\n");
        var bad = await Run("segment", input, "--user-dict", tooBig);
        Assert.Equal(ExitCode.BadUsage, bad.Code);
        Assert.Contains("big.txt:2", bad.Err);
        Assert.Equal("", bad.Out);

        Assert.Equal(ExitCode.BadUsage, (await Run("segment", input, "--user-dict", dir.File("missing.txt"))).Code);
    }

    [Fact]
    public async Task MissingInputFileFails()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var (code, _, error) = await Run("segment", dir.File("nope.txt"));
        Assert.Equal(ExitCode.SomeInputsFailed, code);
        Assert.Contains("nope.txt", error);
    }

    [Fact]
    public async Task TsvListsAnalysisTokensWithLineAndOffsets()
    {
        var (_, output, _) = await RunWithStdin("the Party-led 治理\r\n2024年\n", "--format", "tsv");
        Assert.Equal(
            "line\tstart\tend\tlanguage\ttoken\tnormalized\tstem\n" +
            "1\t0\t3\ten\tthe\tthe\tthe\n" +
            "1\t4\t13\ten\tParty-led\tparty-led\tparty-l\n" +
            "1\t14\t16\tzh\t治理\t治理\t治理\n" +
            "2\t0\t4\tnum\t2024\t2024\t2024\n" +
            "2\t4\t5\tzh\t年\t年\t年\n", output);
    }

    [Fact]
    public async Task JsonEqualsTheCommittedJiebaOutputForTheSampleLines()
    {
        var expectedFile = Path.Combine(TestEnvironment.RepoRoot, "tests", "GovText.Segmentation.Tests", "Expected", "seeds-jieba-0.42.1.jsonl");
        var records = File.ReadLines(expectedFile).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("mode").GetString() == "accurate" && r.GetProperty("hmm").GetBoolean())
            .ToList();
        var input = string.Join("\n", records.Select(r => r.GetProperty("line").GetString())) + "\n";
        var (code, output, _) = await RunWithStdin(input, "--format", "json");
        Assert.Equal(ExitCode.Ok, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(records.Count, lines.Length);
        for (var i = 0; i < records.Count; i++)
        {
            var expected = records[i].GetProperty("tokens").EnumerateArray().Select(t => t.GetString()).ToArray();
            Assert.Equal(expected, JsonSerializer.Deserialize<string[]>(lines[i]));
        }
    }

    [JiebaFact]
    public async Task JsonIsByteForByteWhatPythonJsonDumpsWrites()
    {
        string[] lines = ["他说：“治理\\现代化”\t是\"目标\"。", "meta-governance and the party's role", "控制\x01字符\x1f和\u3000全角 😀"];
        var input = string.Join("\n", lines) + "\n";
        var psi = new ProcessStartInfo(TestEnvironment.JiebaPythonPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(
            "import sys, io, json, jieba\njieba.setLogLevel(60)\n" +
            "out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', newline='\\n')\n" +
            "for line in io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='\\n').read().split('\\n')[:-1]:\n" +
            "    out.write(json.dumps(jieba.lcut(line), ensure_ascii=False) + '\\n')\nout.flush()\n");
        using var p = Process.Start(psi)!;
        await p.StandardInput.WriteAsync(input);
        p.StandardInput.Close();
        var python = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
        Assert.Equal(python, (await RunWithStdin(input, "--format", "json")).Out);
    }
}
