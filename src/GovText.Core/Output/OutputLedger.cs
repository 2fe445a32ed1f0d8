using System.Collections.Concurrent;

namespace GovText.Core.Output;

/// <summary>
/// The size and SHA-256 of files a run wrote, as their writer computed them over the bytes it wrote, so that listing the
/// outputs in run.json (<see cref="ResultsTransaction.Commit"/>) need not read them back. For <c>text/</c> that is as many
/// bytes as the corpus: hashing them as they are written, on the worker that writes them, keeps a second pass over them
/// off the end of the run. An entry is used only while the file still has the recorded size; any other file is read and
/// hashed as before. Thread-safe: the document pass's workers record their files concurrently.
/// </summary>
public sealed class OutputLedger
{
    private readonly ConcurrentDictionary<string, (long Bytes, string Sha256)> _files = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="path"/> was written with <paramref name="bytes"/> bytes whose SHA-256 is <paramref name="sha256"/>.</summary>
    public void Record(string path, long bytes, string sha256) => _files[Path.GetFullPath(path)] = (bytes, sha256);

    /// <summary>The recorded SHA-256 of <paramref name="path"/> if it was recorded with size <paramref name="bytes"/>, else null.</summary>
    public string? Sha256(string path, long bytes) =>
        _files.TryGetValue(Path.GetFullPath(path), out var entry) && entry.Bytes == bytes ? entry.Sha256 : null;
}
