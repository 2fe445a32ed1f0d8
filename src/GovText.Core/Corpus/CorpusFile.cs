using GovText.Core.Ingestion;

namespace GovText.Core.Corpus;

/// <summary>A file found in the corpus folder, with the id it will get and the reader for its format.</summary>
/// <param name="Path">Path relative to the corpus folder, with <c>/</c> separators.</param>
/// <param name="FullPath">Absolute path.</param>
/// <param name="Id">The document id (manifest or derived), or null for a skipped file.</param>
/// <param name="Entry">The manifest row, or null for an unlisted file.</param>
/// <param name="Reader">The format reader, or null when the extension is not supported (the file is skipped).</param>
public sealed record CorpusFile(string Path, string FullPath, string? Id, ManifestEntry? Entry, IFormatReader? Reader)
{
    /// <summary>Why the file is skipped when it has a reader for its format but is not read (e.g. an unlisted README), else null.</summary>
    public string? SkipReason { get; init; }

    /// <summary>
    /// The file's size in bytes when the corpus was planned (0 when it cannot be read): what shards are balanced on
    /// (<see cref="Sharding.ShardPlan"/>).
    /// </summary>
    public long Bytes { get; } = SizeOf(FullPath);

    /// <summary>Why the file cannot be read although the scan met it (e.g. a folder that cannot be listed), else null.</summary>
    public string? FailReason { get; init; }

    private static long SizeOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }
}
