namespace GovText.Segmentation.Internal;

/// <summary>
/// What a model resource must be for its reader (tools/jieba-convert/README.md): the file under Resources/, the
/// converter's four-letter magic, the format version, the bytes of fixed header fields after magic and version, and
/// the number of parts in its table.
/// </summary>
/// <param name="ResourceName">The file name under Resources/.</param>
/// <param name="Magic">The four ASCII letters the converter writes first.</param>
/// <param name="Version">The format version this reader understands.</param>
/// <param name="HeaderLength">Bytes of fixed header fields after magic and version.</param>
/// <param name="Parts">Number of parts in the table.</param>
internal sealed record ModelFormat(string ResourceName, string Magic, uint Version, int HeaderLength, int Parts);
