using System.Text;
using GovText.Core.Cleaning;
using GovText.Core.Documents;
using GovText.Core.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Ingestion;

/// <summary>Helpers that write fixture files and ingest them.</summary>
internal static class TestCorpus
{
    public static readonly Encoding Utf8 = new UTF8Encoding(false);

    public static Encoding Gbk
    {
        get
        {
            EncodingSetup.EnsureCodePages();
            return Encoding.GetEncoding(936);
        }
    }

    public static Encoding Big5
    {
        get
        {
            EncodingSetup.EnsureCodePages();
            return Encoding.GetEncoding(950);
        }
    }

    public static string Write(TempDir dir, string relative, string text, Encoding? encoding = null) =>
        Write(dir, relative, (encoding ?? Utf8).GetBytes(text));

    public static string Write(TempDir dir, string relative, byte[] bytes)
    {
        var path = dir.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Ingests every file of <paramref name="corpus"/> and returns the outcomes in order.</summary>
    public static List<IngestOutcome> Ingest(string corpus, CleaningOptions? cleaning = null, string? manifest = null) =>
        All(new CorpusIngestor(new IngestOptions(corpus, manifest, cleaning ?? CleaningOptions.Default)));

    /// <summary>Every planned file of <paramref name="ingestor"/> read, in order.</summary>
    public static List<IngestOutcome> All(CorpusIngestor ingestor) => ingestor.Files.Select(ingestor.Process).ToList();

    /// <summary>Ingests one file alone and returns its document (failing the test if it could not be read).</summary>
    public static Document One(string corpus, CleaningOptions? cleaning = null)
    {
        var outcomes = Ingest(corpus, cleaning);
        var single = Assert.Single(outcomes);
        return single switch
        {
            DocumentIngested d => d.Document,
            IngestFailed f => throw new Xunit.Sdk.XunitException($"{f.Path} failed: {f.Error}"),
            _ => throw new Xunit.Sdk.XunitException($"{single.Path} was skipped"),
        };
    }

    /// <summary>The error of a single failed file.</summary>
    public static IngestFailed Failure(string corpus)
    {
        var failed = Assert.IsType<IngestFailed>(Assert.Single(Ingest(corpus)));
        return failed;
    }

    public static RawDocument Raw(params string[] lines) =>
        new([lines.Select((l, i) => new RawLine(i + 1, l)).ToArray()], null, "utf-8", "text", "");

    public static CleanedText Clean(CleaningOptions options, params string[] lines) => new TextCleaner(options).Clean(Raw(lines));

    public static string CleanText(params string[] lines) =>
        string.Join("\n\n", Clean(CleaningOptions.Default, lines).Paragraphs.Select(p => p.Text));
}
