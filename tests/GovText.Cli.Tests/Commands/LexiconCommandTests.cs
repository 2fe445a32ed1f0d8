using GovText.Core.Lexicon;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Commands;

public class LexiconCommandTests
{
    /// <summary>Writes <paramref name="content"/> to a temporary lexicon file and runs <c>lexicon VERB --lexicon FILE</c>.</summary>
    private static async Task<(int Code, string Out, string Err, string Path)> RunOnFile(string verb, string fileName, string content)
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = dir.File(fileName);
        await File.WriteAllTextAsync(path, content);
        var (code, output, error) = await Run("lexicon", verb, "--lexicon", path);
        return (code, output, error, path);
    }

    [Fact]
    public async Task Show_prints_the_default_lexicon_as_a_tree()
    {
        var (code, output, error) = await Run("lexicon", "show");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("default-lexicon.yml (govtext format, 19 concepts)\n", output);
        Assert.Contains(
            "\nparty_building_leadership  Party-building leadership / 党建引领\n  zh: 党建引领\n", output);
        // Top-level since the review of issue 8: organizational mobilization and grassroots governance (with its children).
        Assert.Contains("\norganizational_mobilization  Organizational mobilization / 组织动员\n  zh: 组织动员\n", output);
        Assert.Contains("\n    community_governance  Community governance / 社区治理\n", output);
        Assert.Contains("\nself_governance  Self-governance / 自治\n", output);
        Assert.Contains("\n  not zh: 自治区 | 自治州 |", output);
    }

    [Fact]
    public async Task Show_reads_a_user_lexicon_in_another_format()
    {
        var (code, output, _, path) = await RunOnFile("show", "d.dic", "%\n1\tgovern\n%\ngovernance\t1\n");
        Assert.Equal(0, code);
        Assert.Equal($"{path} (liwc format, 1 concepts)\n\ngovern  govern\n  en: governance\n", output);
    }

    [Fact]
    public async Task Export_then_validate_round_trips()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = dir.File("sub/my-lexicon.yml");
        var (code, _, _) = await Run("lexicon", "export", "--out", path);
        Assert.Equal(0, code);
        Assert.Equal(ConceptLexicon.DefaultYaml, await File.ReadAllTextAsync(path));

        var (vcode, voutput, verror) = await Run("lexicon", "validate", "--lexicon", path);
        Assert.Equal(0, vcode);
        Assert.Equal("", verror);
        Assert.Equal($"{path}: valid govtext lexicon: 19 concepts, 122 terms, 0 warning(s).\n", voutput);
    }

    [Fact]
    public async Task Export_without_out_writes_standard_output()
    {
        var (code, output, _) = await Run("lexicon", "export");
        Assert.Equal(0, code);
        Assert.Equal(ConceptLexicon.DefaultYaml, output);
    }

    [Fact]
    public async Task Validate_lists_every_error_with_file_and_line_and_exits_2()
    {
        var (code, output, error, path) = await RunOnFile("validate", "bad.yml", "concepts:\n  - id: a\n    parent: zz\n    terms: { en: [x] }\n  - id: b\n    terms: { en: [\"*\", x] }\n");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(
            $"error: {path}:2: concept 'a' has unknown parent 'zz'\n" +
            $"error: {path}:6: term '*' of concept 'b': '*' alone is not a word: put it at the end of a word (mobiliz*)\n" +
            $"warning: {path}:6: term 'x' is listed under both 'a' (line 4) and 'b'; each match counts for both\n" +
            $"{path}: 2 error(s); the lexicon cannot be used.\n",
            error.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Validate_prints_warnings_and_exits_0()
    {
        var (code, output, error, path) = await RunOnFile("validate", "warn.yaml", "concepts:\n  - id: a\n    terms: { en: [x] }\n  - id: b\n    terms: { en: [x] }\n");
        Assert.Equal(0, code);
        Assert.Equal($"warning: {path}:5: term 'x' is listed under both 'a' (line 3) and 'b'; each match counts for both\n", error);
        Assert.Equal($"{path}: valid govtext lexicon: 2 concepts, 2 terms, 1 warning(s).\n", output);
    }

    [Fact]
    public async Task Show_with_a_broken_lexicon_exits_2_naming_the_line()
    {
        var (code, _, error, path) = await RunOnFile("show", "broken.yml", "concepts:\n  - id: a\n    terms: { zh: [协同*] }\n");
        Assert.Equal(2, code);
        Assert.Equal($"error: {path}:3: term '协同*' of concept 'a': globs (*) are not supported in Chinese terms: list each word\n", error);
    }

    [Fact]
    public async Task Validate_requires_a_lexicon_and_a_known_format()
    {
        Assert.Equal(2, (await Run("lexicon", "validate")).Code);
        Assert.Equal(2, (await Run("lexicon", "show", "--lexicon-format", "wordstat")).Code);
        using var dir = TestEnvironment.CreateTempDir();
        var path = dir.File("missing.yml");
        var (code, _, error) = await Run("lexicon", "validate", "--lexicon", path);
        Assert.Equal(2, code);
        Assert.StartsWith($"error: {path}: cannot read the lexicon: ", error);
    }
}
