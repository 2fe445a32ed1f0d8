using System.Text;

namespace GovText.Core.Ingestion;

/// <summary>The encoding a text file was found to be in.</summary>
/// <param name="Name">The name recorded in documents.csv: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, big5, or
/// utf-8+gb18030 / utf-8+big5 for a file that mixes lines of the two.</param>
/// <param name="Encoding">A strict decoder for it (for a mixed file: the decoder of its non-UTF-8 lines).</param>
/// <param name="BomLength">Bytes of byte-order mark to skip.</param>
public sealed record DetectedEncoding(string Name, Encoding Encoding, int BomLength)
{
    /// <summary>True for a file that mixes UTF-8 lines with lines in <see cref="Encoding"/>: each line is decoded on its own.</summary>
    public bool PerLine { get; init; }
}
