using GovText.Tests;

namespace GovText.Cli.Tests.Commands;

/// <summary>Progress is shown for every long stage, on standard error, only to a person watching it.</summary>
public class ProgressTests
{
    private static async Task<(int Code, string Out, string Err)> Run(bool terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(output, error, interactive: false, progress: terminal));
        return (code, output.ToString(), error.ToString());
    }

    private static readonly string[] Stages = ["Reading documents (ingest and count)", "Comparing", "Drawing charts", "Writing the report", "Reading the count tables"];

    [Fact]
    public async Task Every_long_stage_shows_progress_on_stderr_and_none_with_quiet_or_off_a_terminal()
    {
        using var outDir = TestEnvironment.CreateTempDir();
        string[] analyze = ["analyze", TestEnvironment.SampleCorpus, "--out", outDir.Path, "--by", "year", "--target", "year=2021.."];

        var (code, stdout, stderr) = await Run(true, analyze);
        Assert.True(code == 0, stderr);
        foreach (var stage in new[] { "Reading documents (ingest and count)", "Comparing: keyness", "Drawing charts", "Writing the report" })
            Assert.Contains(stage, stderr);
        Assert.DoesNotContain('\u001b', stdout);
        Assert.DoesNotContain("Reading documents", stdout);

        (code, _, stderr) = await Run(true, "compare", "--from", outDir.Path, "--by", "year", "--no-charts");
        Assert.True(code == 0, stderr);
        Assert.Contains("Reading the count tables", stderr);
        Assert.Contains("Comparing: keyness", stderr);
        (code, _, stderr) = await Run(true, "plot", "--from", outDir.Path);
        Assert.True(code == 0, stderr);
        Assert.Contains("Drawing charts", stderr);
        (code, _, stderr) = await Run(true, "report", "--from", outDir.Path);
        Assert.True(code == 0, stderr);
        Assert.Contains("Writing the report", stderr);

        // -q, or standard error not a terminal: nothing drawn.
        foreach (var (terminal, quiet) in new[] { (true, true), (false, false) })
        {
            (code, _, stderr) = await Run(terminal, quiet ? [.. analyze, "-q"] : analyze);
            Assert.True(code == 0, stderr);
            Assert.DoesNotContain('\u001b', stderr);
            Assert.All(Stages, stage => Assert.DoesNotContain(stage, stderr));
        }
    }
}
