namespace GovText.Core.Ingestion;

/// <summary>
/// What a format reader extracts from a file: blocks of lines (a block is a paragraph that may still be
/// hard-wrapped over several lines), an optional title carried by the file, and the encoding used.
/// </summary>
/// <param name="Blocks">The blocks in reading order; each holds at least one line. For text files this is a
/// stream read from the file as it is enumerated (once), so the raw text is never held whole.</param>
/// <param name="Title">The title the file itself carries (HTML &lt;title&gt;, PDF or DOCX properties), or null.</param>
/// <param name="Encoding">The text encoding used to decode the bytes, or null for binary formats.</param>
/// <param name="Format">The format name: text, html, pdf or docx.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the file's bytes.</param>
public sealed record RawDocument(IEnumerable<IReadOnlyList<RawLine>> Blocks, string? Title, string? Encoding, string Format, string Sha256);
