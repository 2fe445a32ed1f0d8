using System.Buffers.Binary;
using System.IO.Compression;

namespace GovText.Segmentation.Internal;

/// <summary>Decompresses an embedded gzip resource in one read into an exactly sized buffer.</summary>
internal static class GzipResource
{
    public static byte[] Decompress(Stream compressed)
    {
        // A gzip member ends with ISIZE, the uncompressed length mod 2^32; the resources are far smaller.
        Span<byte> trailer = stackalloc byte[4];
        compressed.Seek(-4, SeekOrigin.End);
        compressed.ReadExactly(trailer);
        compressed.Seek(0, SeekOrigin.Begin);
        var data = new byte[BinaryPrimitives.ReadUInt32LittleEndian(trailer)];
        using var gz = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true);
        gz.ReadExactly(data);
        return data;
    }
}
