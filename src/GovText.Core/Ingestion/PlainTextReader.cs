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
    public RawDocument Read(string path, CancellationToken cancellationToken = default)
    {
        DetectedEncoding encoding;
        using (var stream = Open(path)) encoding = TextDecoder.Detect(stream);
        return new RawDocument(Blocks(path, encoding), null, encoding.Name, Format, FileHash.Sha256(path));
    }

    // Lazy: the file is decoded while the cleaner consumes it, so only the current block of raw lines is held.
    private static IEnumerable<IReadOnlyList<RawLine>> Blocks(string path, DetectedEncoding encoding)
    {
        using var stream = Open(path);
        var block = new List<RawLine>();
        var number = 0;
        foreach (var line in TextDecoder.ReadLines(stream, encoding))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (block.Count > 0) yield return block;
                block = [];
                continue;
            }
            block.Add(new RawLine(number, line));
        }
        if (block.Count > 0) yield return block;
    }

    // Unbuffered (buffer size 1): detection and the decoder read in 16 KB blocks of their own, and a FileStream buffer on
    // top cost a 64 KB array per open, twice per file.
    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
}
