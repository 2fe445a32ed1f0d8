using System.Diagnostics;
using System.Text;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Runs;

/// <summary>A disk that fills up during a run: the earlier results stay as they were and nothing of the run is left.</summary>
public class DiskFullTests
{
    [SmallDiskFact]
    public async Task A_run_that_fills_the_disk_leaves_the_earlier_results_as_they_were_and_no_temp_files()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var disk = dir.File("disk");
        Directory.CreateDirectory(disk);
        Mount(disk, "600k");
        try
        {
            var results = Path.Combine(disk, "results");
            var first = await Run("count", TestEnvironment.SampleCorpus, "--out", results, "-q");
            Assert.True(first.Code == 0, first.Err);
            var before = RunFolder.Files(results);

            // A corpus whose cleaned text alone is larger than the disk.
            var big = dir.File("big");
            Directory.CreateDirectory(big);
            var paragraph = string.Concat(Enumerable.Repeat("坚持党建引领，推进基层治理和协同治理，完善元治理机制。", 40)) + "\n\n";
            for (var i = 0; i < 12; i++)
                File.WriteAllText(Path.Combine(big, $"doc{i:00}.txt"), string.Concat(Enumerable.Repeat(paragraph, 30)), new UTF8Encoding(false));

            var (code, output, error) = await Run("count", big, "--out", results, "-q");

            Assert.NotEqual(0, code);
            Assert.Contains("error:", error);
            Assert.DoesNotContain("   at ", error);      // a message, not a stack trace
            Assert.Equal("", output);
            var after = RunFolder.Files(results);
            Assert.Equal(before.Keys, after.Keys);       // no file of the failed run mixed in
            Assert.Empty(RunFolder.Differences(before, after));
            // Nothing of the failed run is left on the disk: only the earlier results and the working folder's (empty)
            // lock file, which every run leaves.
            var left = Directory.EnumerateFiles(disk, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(results, f).Replace('\\', '/'))
                .Where(f => !before.ContainsKey(f) && f != ".govtext/lock").ToList();
            Assert.True(left.Count == 0, "left behind: " + string.Join(", ", left));
            // Every file the runs opened is closed again (a handle left open would keep the disk busy).
            var open = new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
                .Select(f => f.LinkTarget).Where(t => t is not null && t.StartsWith(disk, StringComparison.Ordinal)).ToList();
            Assert.True(open.Count == 0, "still open: " + string.Join(", ", open));
        }
        finally
        {
            Unmount(disk);
        }
    }

    private static void Mount(string folder, string size) =>
        Exec("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder);

    // Lazy: a failed assertion above must be what the test reports, not a busy mount.
    private static void Unmount(string folder) => Exec("umount", "-l", folder);

    private static void Exec(string program, params string[] args)
    {
        var (ok, error) = SmallDiskFactAttribute.Exec(program, args);
        if (!ok) throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {error}");
    }
}

/// <summary>A fact that mounts a small tmpfs (Linux, root); skipped with the reason elsewhere.</summary>
internal sealed class SmallDiskFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> CanMount = new(Probe);

    public SmallDiskFactAttribute()
    {
        if (!CanMount.Value)
            Skip = "needs to mount a small tmpfs that fills up (Linux, root, a container allowed to mount), which this machine does not allow";
    }

    // Tried once: root alone is not enough in a container without the right to mount.
    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return false;
        var dir = Path.Combine(Path.GetTempPath(), "govtext-mount-probe-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(dir);
            if (!Exec("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir).Ok) return false;
            Exec("umount", dir);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
        finally
        {
            try { Directory.Delete(dir); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Runs a program; whether it succeeded, and its standard error.</summary>
    internal static (bool Ok, string Error) Exec(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode == 0, error.Result);
    }
}
