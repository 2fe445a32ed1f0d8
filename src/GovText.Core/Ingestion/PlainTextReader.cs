namespace GovText.Core.Ingestion;

/// <summary>
/// Reads .txt and .md files: the encoding is detected (<see cref="TextDecoder"/>), the text is streamed line
/// by line, and blank lines separate blocks. Markdown markup is kept as text.
/// </summary>
public sealed class PlainTextReader : IFormatReader
{
    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public RawDocument Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var encoding = TextDecoder.Detect(stream);
        var blocks = new List<IReadOnlyList<RawLine>>();
        var block = new List<RawLine>();
        var number = 0;
        foreach (var line in TextDecoder.ReadLines(stream, encoding))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (block.Count > 0) blocks.Add(block);
                block = [];
                continue;
            }
            block.Add(new RawLine(number, line));
        }
        if (block.Count > 0) blocks.Add(block);
        if (blocks.Count == 0) throw new IngestException("empty file (only whitespace)");
        return new RawDocument(blocks, null, encoding.Name, Format, FileHash.Sha256(path));
    }
}
