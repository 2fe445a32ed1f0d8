using System.Text;

namespace GovText.Core.Ingestion;

/// <summary>The encoding a text file was found to be in.</summary>
/// <param name="Name">The name recorded in documents.csv: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 or big5.</param>
/// <param name="Encoding">A strict decoder for it.</param>
/// <param name="BomLength">Bytes of byte-order mark to skip.</param>
public sealed record DetectedEncoding(string Name, Encoding Encoding, int BomLength);
