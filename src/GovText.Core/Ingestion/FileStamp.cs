namespace GovText.Core.Ingestion;

/// <summary>A file's size and last write time: two equal stamps before and after reading mean the file did not change meanwhile.</summary>
/// <param name="Length">Size in bytes.</param>
/// <param name="LastWriteUtc">Last modification time (UTC).</param>
public readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    /// <summary>The stamp of <paramref name="path"/> now.</summary>
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
    }
}
