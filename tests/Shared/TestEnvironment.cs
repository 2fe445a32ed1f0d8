using System.Diagnostics;

namespace GovText.Tests;

/// <summary>Locates the repository, the optional ../shared corpora and the optional python3-jieba reference.</summary>
internal static class TestEnvironment
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);
    private static readonly Lazy<string?> JiebaPython = new(FindJiebaPython);

    /// <summary>The repository root (the folder holding GovText.sln).</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The shared/ folder next to the repository, or null in a user's clone.</summary>
    public static string? SharedDir
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(dir, "corpora")) ? dir : null;
        }
    }

    /// <summary>The sample corpus shipped in the repository.</summary>
    public static string SampleCorpus => Path.Combine(RepoRoot, "corpus");

    /// <summary>A python interpreter that can import jieba 0.42.1, or null.</summary>
    public static string? JiebaPythonPath => JiebaPython.Value;

    public const string NoSharedReason =
        "../shared/corpora is absent (a user's clone): this test reads the reference corpora that live beside the repository.";

    public const string NoJiebaReason =
        "python3-jieba 0.42.1 is not installed (Debian: apt-get install python3-jieba); the parity test needs it as the reference.";

    /// <summary>Creates an empty temporary folder that is deleted when the returned handle is disposed.</summary>
    public static TempDir CreateTempDir() => new();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovText.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GovText.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindJiebaPython()
    {
        // Debian's python3-jieba installs into the system interpreter, which may not be first on PATH (pyenv).
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                var psi = new ProcessStartInfo(candidate, "-c \"import jieba,sys; sys.stdout.write(jieba.__version__)\"")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                using var p = Process.Start(psi);
                if (p is null) continue;
                var version = p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                if (p.ExitCode == 0 && version.Trim() == "0.42.1") return candidate;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Interpreter not present: try the next one.
            }
        }
        return null;
    }
}

/// <summary>A temporary folder removed on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "govtext-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>A fact that needs ../shared/corpora; skipped with the reason where it is absent.</summary>
internal sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (TestEnvironment.SharedDir is null) Skip = TestEnvironment.NoSharedReason;
    }
}

/// <summary>A fact that needs python3-jieba 0.42.1; skipped with the reason where it is absent.</summary>
internal sealed class JiebaFactAttribute : FactAttribute
{
    public JiebaFactAttribute()
    {
        if (TestEnvironment.JiebaPythonPath is null) Skip = TestEnvironment.NoJiebaReason;
    }
}

/// <summary>A fact that needs both ../shared/corpora and python3-jieba 0.42.1.</summary>
internal sealed class SharedJiebaFactAttribute : FactAttribute
{
    public SharedJiebaFactAttribute()
    {
        if (TestEnvironment.SharedDir is null) Skip = TestEnvironment.NoSharedReason;
        else if (TestEnvironment.JiebaPythonPath is null) Skip = TestEnvironment.NoJiebaReason;
    }
}
