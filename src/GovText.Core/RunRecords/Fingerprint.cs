using System.Security.Cryptography;
using System.Text;

namespace GovText.Core.RunRecords;

/// <summary>
/// SHA-256 fingerprints of inputs and outputs. A folder's fingerprint is the SHA-256 of the UTF-8 text made of one line
/// <c>relative/path\tsha256\n</c> per file, in ordinal order of the <c>/</c>-separated relative paths: it changes
/// when any file is added, removed, renamed or changed, and not when files are copied elsewhere or their dates change.
/// </summary>
public static class Fingerprint
{
    /// <summary>Lower-case hex SHA-256 of a file's bytes.</summary>
    public static string File(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Lower-case hex SHA-256 of bytes.</summary>
    public static string Bytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Lower-case hex SHA-256 of a text's UTF-8 bytes.</summary>
    public static string Text(string text) => Bytes(Encoding.UTF8.GetBytes(text));

    /// <summary>The fingerprint of a list of (relative path, sha256) pairs, sorted here (see the type's summary).</summary>
    public static string List(IEnumerable<(string Path, string Sha256)> files)
    {
        var text = new StringBuilder();
        foreach (var (path, sha) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            text.Append(path).Append('\t').Append(sha).Append('\n');
        return Text(text.ToString());
    }

    /// <summary>Hashes every file under <paramref name="folder"/> (in parallel): count, bytes and the folder fingerprint.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="known">
    /// The SHA-256 of a file (full path, size) already hashed by its writer, or null to read and hash it (see
    /// <see cref="Output.OutputLedger"/>); null: every file is read.
    /// </param>
    public static (int Files, long Bytes, string Sha256) Tree(string folder, Func<string, long, string?>? known = null)
    {
        var root = System.IO.Path.GetFullPath(folder);
        var paths = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).ToArray()
            : [];
        var hashes = new (string Path, string Sha256)[paths.Length];
        long bytes = 0;
        Parallel.For(0, paths.Length, i =>
        {
            var length = new FileInfo(paths[i]).Length;
            hashes[i] = (Relative(root, paths[i]), known?.Invoke(paths[i], length) ?? File(paths[i]));
            Interlocked.Add(ref bytes, length);
        });
        return (paths.Length, bytes, List(hashes));
    }

    /// <summary>The <c>/</c>-separated path of <paramref name="path"/> relative to <paramref name="root"/>.</summary>
    public static string Relative(string root, string path) =>
        System.IO.Path.GetRelativePath(root, path).Replace(System.IO.Path.DirectorySeparatorChar, '/');
}
