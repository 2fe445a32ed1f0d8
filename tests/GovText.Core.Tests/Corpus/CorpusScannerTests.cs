using System.Diagnostics;
using GovText.Core.Corpus;
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
    public void Devices_sockets_and_fifos_are_skipped_naming_what_they_are_even_through_links_or_after_the_scan()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", "Alpha text.");
        File.WriteAllBytes(dir.File("empty.txt"), []);
        foreach (var device in new[] { "null", "zero" })
            if (File.Exists("/dev/" + device)) File.CreateSymbolicLink(dir.File(device + ".txt"), "/dev/" + device);
        Shell($"mkfifo '{dir.File("pipe.txt")}'");
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(dir.File("socket.txt")));

        var outcomes = TestCorpus.Ingest(dir.Path).ToDictionary(o => o.Path);
        Assert.IsType<DocumentIngested>(outcomes["a.txt"]);
        // A regular empty file is still an empty file, not a device.
        Assert.Contains("empty file", Assert.IsType<IngestFailed>(outcomes["empty.txt"]).Error);
        Assert.Contains("not a regular file (a FIFO (named pipe))", Assert.IsType<FileSkipped>(outcomes["pipe.txt"]).Reason);
        Assert.Contains("not a regular file (a socket)", Assert.IsType<FileSkipped>(outcomes["socket.txt"]).Reason);
        if (File.Exists("/dev/zero"))
        {
            Assert.Equal("not a regular file (a character device, through a symbolic link to /dev/zero): not read", Assert.IsType<FileSkipped>(outcomes["zero.txt"]).Reason);
            Assert.Contains("a character device", Assert.IsType<FileSkipped>(outcomes["null.txt"]).Reason);
        }

        // Replaced by a FIFO between the scan and the read: refused when it is read, without opening it.
        var fifo = new CorpusFile("late.txt", dir.File("pipe.txt"), "late", null, new PlainTextReader());
        var ex = Assert.Throws<IngestException>(() => new DocumentBuilder(Core.Cleaning.CleaningOptions.Default).Build(fifo));
        Assert.Equal("not a regular file (a FIFO (named pipe)): not read", ex.Message);
    }

    [Fact]
    public void A_manifest_row_naming_a_device_is_an_error_with_its_line()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", "Alpha text.");
        Shell($"mkfifo '{dir.File("pipe.txt")}'");
        File.WriteAllText(dir.File("manifest.csv"), "id,path\na,a.txt\np,pipe.txt\n");
        var ex = Assert.Throws<Core.Errors.ConfigurationException>(() => TestCorpus.Ingest(dir.Path));
        Assert.Contains("path 'pipe.txt' is not a regular file (a FIFO (named pipe))", ex.Message);
        Assert.Contains(":3", ex.Message);
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
