using GovText.Core.Corpus;
using GovText.Core.Errors;
using GovText.Core.Tests.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Corpus;

/// <summary>The class "an --out that would write into the corpus": every way of naming the same folder is refused.</summary>
public class OutputFolderCheckTests
{
    private static (TempDir Root, string Corpus) Corpus()
    {
        var root = TestEnvironment.CreateTempDir();
        TestCorpus.Write(root, "X/text/a.txt", "source text");
        return (root, root.File("X/text"));
    }

    private static string Refused(string outDir, string corpus)
    {
        var ex = Assert.Throws<ConfigurationException>(() => OutputFolderCheck.Check(outDir, corpus));
        // The message speaks of the output folder; the front end names the option it came from.
        Assert.Equal("out", ex.Setting);
        return ex.Message;
    }

    [Fact]
    public void Out_inside_the_corpus_and_corpus_inside_out_are_both_refused()
    {
        var (root, corpus) = Corpus();
        using var _ = root;
        Assert.Contains("is inside the corpus folder", Refused(Path.Combine(corpus, "results"), corpus));
        Assert.Contains("is inside the corpus folder", Refused(corpus, corpus));
        Assert.Contains("the corpus folder", Refused(root.File("X"), corpus));
        Assert.Contains("inside the output folder", Refused(root.File("X"), corpus));
        Assert.Contains("inside the output folder", Refused(root.Path, corpus));
        // Path text that only looks different: a trailing separator and "." components.
        Assert.Contains("is inside the corpus folder", Refused(corpus + "/./sub/", corpus + "/"));
        OutputFolderCheck.Check(root.File("results/deeper"), corpus);
        Assert.False(Directory.Exists(root.File("results")));
        Assert.Equal(["X"], Directory.GetFileSystemEntries(root.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Symlinked_corpus_out_and_links_into_the_corpus_are_resolved()
    {
        var (root, corpus) = Corpus();
        using var _ = root;
        Directory.CreateSymbolicLink(root.File("corpus-link"), corpus);
        Directory.CreateSymbolicLink(root.File("x-link"), root.File("X"));
        Directory.CreateSymbolicLink(root.File("link-to-link"), root.File("x-link"));
        Directory.CreateSymbolicLink(root.File("relative-link"), "X/text");

        // A symlinked corpus, with --out the real folder.
        Assert.Contains("is inside the corpus folder", Refused(corpus, root.File("corpus-link")));
        // A symlinked --out landing in the corpus.
        var message = Refused(root.File("corpus-link/results"), corpus);
        Assert.Contains("is inside the corpus folder", message);
        Assert.Contains("symbolic links resolved", message);
        // A link to a link, and a relative link.
        Assert.Contains("is inside the corpus folder", Refused(root.File("link-to-link/text/new"), corpus));
        Assert.Contains("is inside the corpus folder", Refused(root.File("relative-link"), corpus));
        // The reverse direction through links: --out is a link to the corpus's parent.
        Assert.Contains("inside the output folder", Refused(root.File("x-link"), root.File("corpus-link")));
        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(corpus).Select(Path.GetFileName));
    }

    [Fact]
    public void Out_under_a_file_is_refused_with_the_file_named()
    {
        using var root = TestEnvironment.CreateTempDir();
        var file = TestCorpus.Write(root, "notes.txt", "x");
        var ex = Assert.Throws<ConfigurationException>(() => OutputFolderCheck.Check(Path.Combine(file, "sub"), null));
        Assert.Contains($"{file} is a file, so no folder can be made under it", ex.Message);
        ex = Assert.Throws<ConfigurationException>(() => OutputFolderCheck.Check(file, null));
        Assert.Contains("is a file, not a folder", ex.Message);
    }

    [Fact]
    public void Unwritable_out_is_refused_with_a_permission_message()
    {
        if (OperatingSystem.IsWindows()) return;
        using var root = TestEnvironment.CreateTempDir();
        var locked = root.File("locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            // The superuser ignores file modes; /proc accepts no new folders for anyone.
            var target = CanWrite(locked) ? "/proc/govtext-test/out" : Path.Combine(locked, "out");
            var ex = Assert.Throws<ConfigurationException>(() => OutputFolderCheck.Check(target, null));
            Assert.Contains("cannot create or write files there (permission denied or a read-only file system", ex.Message);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            using (File.Create(Path.Combine(folder, "probe"), 1, FileOptions.DeleteOnClose)) { }
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
