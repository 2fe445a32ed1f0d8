using System.Security.Cryptography;

namespace GovText.Core.Ingestion;

/// <summary>SHA-256 of a file, streamed.</summary>
public static class FileHash
{
    /// <summary>Lowercase hex SHA-256 of the bytes of <paramref name="path"/>.</summary>
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
