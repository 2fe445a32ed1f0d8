using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;
using GovText.Tests;

namespace GovText.Cli.Tests.Docs;

/// <summary>
/// Every example shown in a command's <c>--help</c> runs as printed, in a folder laid out as the examples assume, and
/// selects and writes something: an example that fails, or that runs but selects no document, teaches a new user
/// that the tool is broken.
/// </summary>
public partial class HelpExamplesTests(HelpExamplesTests.Sandbox sandbox) : IClassFixture<HelpExamplesTests.Sandbox>
{
    // Tables that may rightly have no rows: no file failed.
    private static readonly HashSet<string> MayBeEmpty = new(StringComparer.Ordinal) { "ingest_errors.csv" };

    /// <summary>The examples of every command's help, as printed (the lexicon group carries its subcommands' examples).</summary>
    public static TheoryData<string> Examples() => new(ExampleList());

    private static List<string> ExampleList()
    {
        var root = CliApp.Build(CliConsole.ForTests(new StringWriter(), new StringWriter()));
        return Walk(root).SelectMany(c => ExampleLines(c.Description ?? "")).Distinct().ToList();
    }

    private static IEnumerable<Command> Walk(Command command) =>
        command.Subcommands.SelectMany(sub => Walk(sub).Prepend(sub));

    internal static IEnumerable<string> ExampleLines(string description)
    {
        var inExamples = false;
        foreach (var line in description.Split('\n'))
        {
            if (line.StartsWith("Example", StringComparison.Ordinal)) inExamples = true;
            else if (inExamples && line.StartsWith("  ", StringComparison.Ordinal) && line.Contains("govtext ", StringComparison.Ordinal))
                yield return line.Trim();
            else if (!line.StartsWith("  ", StringComparison.Ordinal)) inExamples = false;
        }
    }

    [Fact]
    public void Every_command_with_a_help_has_its_examples_found()
    {
        var examples = ExampleList();
        var root = CliApp.Build(CliConsole.ForTests(new StringWriter(), new StringWriter()));
        foreach (var command in root.Subcommands)
            Assert.Contains(examples, e => Regex.IsMatch(e, $@"govtext {command.Name}( |$)"));
        Assert.Contains("govtext compare --from results --by year --target year=2021.. --no-charts", examples);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_runs_and_selects_and_writes_something(string example)
    {
        using var work = sandbox.Copy();
        var (stdin, args, redirect) = Parse(example);
        var before = Snapshot(work.Path);
        var (exit, stdout, stderr) = Govtext(work.File("work"), args, stdin);

        Assert.True(exit == 0, $"'{example}' exited {exit}:\n{stderr}");
        Assert.DoesNotContain("error:", stderr);
        Assert.DoesNotContain("selects no", stderr);
        if (redirect is not null) File.WriteAllText(work.File("work/" + redirect), stdout);

        var written = Snapshot(work.Path).Where(f => !before.TryGetValue(f.Key, out var old) || old != f.Value).Select(f => f.Key).ToList();
        Assert.True(stdout.Trim().Length > 0 || written.Count > 0, $"'{example}' printed and wrote nothing");
        foreach (var table in written.Where(f => f.EndsWith(".csv", StringComparison.Ordinal) && !MayBeEmpty.Contains(Path.GetFileName(f))))
        {
            var rows = File.ReadLines(Path.Combine(work.Path, table)).Count() - 1;
            Assert.True(rows > 0, $"'{example}' wrote {table} without a row: it selected nothing");
        }
    }

    // "echo TEXT | govtext ARGS > FILE" → (TEXT + newline, ARGS, FILE); quotes are removed as a shell would (a quoted
    // glob reaches the command unexpanded); a trailing "(comment)" after two spaces is dropped.
    internal static (string? Stdin, string[] Args, string? Redirect) Parse(string example)
    {
        var line = Comment().Replace(example, "");
        string? stdin = null, redirect = null;
        if (line.Split('|', 2) is [var left, var right] && left.TrimStart().StartsWith("echo ", StringComparison.Ordinal))
        {
            stdin = left.Trim()["echo ".Length..].Trim() + "\n";
            line = right;
        }
        if (line.Split('>', 2) is [var command, var file])
        {
            redirect = file.Trim();
            line = command;
        }
        var words = Words().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Value).ToList();
        Assert.Equal("govtext", words[0]);
        return (stdin, words.Skip(1).ToArray(), redirect);
    }

    [GeneratedRegex(@"\s{2,}\(.*\)\s*$")]
    private static partial Regex Comment();

    [GeneratedRegex("\"([^\"]*)\"|'([^']*)'|\\S+")]
    private static partial Regex Words();

    private static Dictionary<string, (long, DateTime)> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)));

    // The real executable in its own process: the examples use the current folder, standard input and redirection.
    private static (int Exit, string Out, string Err) Govtext(string workingDirectory, string[] args, string? stdin)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "govtext.dll"));
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        psi.Environment["DOTNET_gcServer"] = "0";
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>
    /// The folder the examples assume, built once: <c>work/</c> (the current folder) holds the sample corpus as
    /// <c>corpus/</c> and <c>my-papers/</c>, <c>results/</c> from <c>govtext analyze</c>, <c>results/gwr/</c>, a text
    /// <c>report.txt</c>, a user dictionary and an exported lexicon; <c>../shared/corpora/gwr</c> stands for the work
    /// reports (and <c>gwr-results/</c> is its analyze run); <c>shards/part-1</c>…<c>part-4</c> are the sample counted
    /// in four shards. Topic models and clusters need more documents than the five of the sample (a 60-document corpus took
    /// 400 s for the topic sweep), so it is the sample four times over, with years 2005–2024 from the manifest.
    /// </summary>
    public sealed class Sandbox : IDisposable
    {
        private readonly TempDir _template = TestEnvironment.CreateTempDir();

        public Sandbox()
        {
            var work = _template.File("work");
            CopyFolder(TestEnvironment.SampleCorpus, Path.Combine(work, "corpus"));
            CopyFolder(TestEnvironment.SampleCorpus, Path.Combine(work, "my-papers"));
            var texts = Directory.GetFiles(TestEnvironment.SampleCorpus, "*.txt").Order(StringComparer.Ordinal).ToList();
            var gwr = _template.File("shared/corpora/gwr");
            Directory.CreateDirectory(gwr);
            var manifest = new List<string> { "id,path,year" };
            for (var copy = 0; copy < 4; copy++)
            {
                for (var i = 0; i < texts.Count; i++)
                {
                    var name = $"c{copy}-{Path.GetFileName(texts[i])}";
                    File.Copy(texts[i], Path.Combine(gwr, name));
                    manifest.Add($"c{copy}-{i},{name},{2005 + 5 * copy + i}");
                }
            }
            File.WriteAllLines(Path.Combine(gwr, "manifest.csv"), manifest);
            File.Copy(texts.Single(t => t.Contains("pssxiv", StringComparison.Ordinal)), Path.Combine(work, "report.txt"));
            File.WriteAllText(Path.Combine(work, "my-words.txt"), "基层党建 10 n\n党建治理化 5 n\n");
            Cli("lexicon", "export", "--out", Path.Combine(work, "my-lexicon.yml"));
            Cli("analyze", Path.Combine(work, "corpus"), "--out", Path.Combine(work, "results"), "--by", "year", "-q");
            Cli("analyze", gwr, "--out", Path.Combine(work, "results", "gwr"), "--by", "year", "--target", "year=2013..2025", "-q");
            Cli("analyze", gwr, "--out", Path.Combine(work, "gwr-results"), "--no-charts", "-q");
            for (var shard = 1; shard <= 4; shard++)
                Cli("count", Path.Combine(work, "corpus"), "--shard", $"{shard}/4", "--out", Path.Combine(work, "shards", $"part-{shard}"), "-q");
        }

        private static void Cli(params string[] args)
        {
            var (exit, _, error) = CliRun.Run(args).GetAwaiter().GetResult();
            if (exit != 0) throw new InvalidOperationException($"govtext {string.Join(' ', args)}: exit {exit}\n{error}");
        }

        /// <summary>A fresh copy for one example (examples write into it).</summary>
        internal TempDir Copy()
        {
            var copy = TestEnvironment.CreateTempDir();
            CopyFolder(_template.Path, copy.Path);
            return copy;
        }

        /// <summary>Copies a folder tree (also used by other CLI tests that need a copy of a results folder).</summary>
        internal static void CopyFolder(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
                Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
                File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }

        public void Dispose() => _template.Dispose();
    }
}
