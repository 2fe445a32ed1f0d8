using System.Diagnostics;
using GovText.Core.Ingestion;
using GovText.Core.Tests.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Corpus;

/// <summary>Every entry the scan meets is read, failed or skipped with a note: nothing vanishes and nothing hangs.</summary>
public class CorpusScannerTests
{
    private static void Shell(string script)
    {
        using var p = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", script]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public void Fifos_invalid_names_and_links_out_of_the_corpus_are_listed_not_read_and_do_not_hang()
    {
        if (OperatingSystem.IsWindows()) return;
        using var outside = TestEnvironment.CreateTempDir();
        TestCorpus.Write(outside, "secret.txt", "outside text");
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", "Alpha text.");
        File.CreateSymbolicLink(dir.File("escape.txt"), outside.File("secret.txt"));
        Shell($"mkfifo '{dir.File("pipe.txt")}' && printf 'x' > \"$(printf '{dir.File("bad")}\\377.txt')\"");

        var outcomes = TestCorpus.Ingest(dir.Path);
        Assert.Equal(["a.txt", "bad\uFFFD.txt", "escape.txt", "pipe.txt"], outcomes.Select(o => o.Path));
        Assert.IsType<DocumentIngested>(outcomes[0]);
        Assert.Contains("not valid UTF-8", Assert.IsType<IngestFailed>(outcomes[1]).Error);
        Assert.Contains("outside the corpus folder", Assert.IsType<FileSkipped>(outcomes[2]).Reason);
        Assert.Contains("not a regular file", Assert.IsType<FileSkipped>(outcomes[3]).Reason);
    }

    [Fact]
    public void An_unreadable_folder_is_an_input_error_for_its_files_and_the_rest_is_read()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", "Alpha text.");
        TestCorpus.Write(dir, "locked/b.txt", "Beta text.");
        File.SetUnixFileMode(dir.File("locked"), UnixFileMode.None);
        try
        {
            // The superuser reads any folder: then the file is simply read.
            var readable = CanList(dir.File("locked"));
            var outcomes = TestCorpus.Ingest(dir.Path);
            Assert.IsType<DocumentIngested>(outcomes[0]);
            if (readable) Assert.IsType<DocumentIngested>(Assert.Single(outcomes, o => o.Path == "locked/b.txt"));
            else Assert.Contains("cannot list the folder (permission denied)", Assert.IsType<IngestFailed>(Assert.Single(outcomes, o => o.Path == "locked/")).Error);
        }
        finally
        {
            File.SetUnixFileMode(dir.File("locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.GetFileSystemEntries(folder);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public void A_legal_244_byte_file_name_is_ingested_and_its_text_written()
    {
        using var dir = TestEnvironment.CreateTempDir();
        using var outDir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, new string('治', 80) + ".txt", "社会治理。");
        var document = TestCorpus.One(dir.Path);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(document.Id) <= 200);
        Assert.Equal(new string('治', 66), document.Id);
        var written = IngestionOutput.WriteText(outDir.Path, document);
        Assert.Equal("社会治理。", File.ReadAllText(written));
    }
}
