using System.Security.Cryptography;

namespace GovText.Core.Ingestion;

/// <summary>SHA-256 of a file, streamed.</summary>
public static class FileHash
{
    /// <summary>Lowercase hex SHA-256 of the bytes of <paramref name="path"/>.</summary>
    public static string Sha256(string path)
    {
        // Unbuffered (buffer size 1): HashData reads in blocks of its own; a FileStream buffer would be one more array per file.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        return Sha256(stream);
    }

    /// <summary>Lowercase hex SHA-256 of the rest of <paramref name="stream"/>, from its position to its end.</summary>
    public static string Sha256(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));

    /// <summary>Lowercase hex SHA-256 of <paramref name="bytes"/> (a file read whole).</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
