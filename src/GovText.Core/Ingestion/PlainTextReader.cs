using System.Buffers;

namespace GovText.Core.Ingestion;

/// <summary>
/// Reads .txt and .md files: the encoding is detected (<see cref="TextDecoder"/>), the text is streamed line
/// by line, and blank lines separate blocks. Markdown markup is kept as text.
/// </summary>
public sealed class PlainTextReader : IFormatReader
{
    /// <summary>
    /// Files up to this size are read once into a pooled buffer that detection, hashing and decoding share; each of the
    /// three would otherwise open and read the whole file again. Larger files are streamed, so memory stays bounded.
    /// </summary>
    internal const int WholeFileLimit = 4 << 20;

    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public RawDocument Read(string path, CancellationToken cancellationToken = default)
    {
        using var stream = Open(path);
        if (stream.Length is > 0 and <= WholeFileLimit) return ReadWhole(stream);
        var encoding = TextDecoder.Detect(stream);
        var sha256 = FileHash.Sha256(stream);
        return new RawDocument(Blocks(() => Open(path), encoding), null, encoding.Name, Format, sha256);
    }

    private RawDocument ReadWhole(FileStream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)stream.Length);
        var returned = false;
        void Return()
        {
            if (returned) return;
            returned = true;
            ArrayPool<byte>.Shared.Return(buffer);
        }
        try
        {
            var length = stream.ReadAtLeast(buffer.AsSpan(0, (int)stream.Length), (int)stream.Length, throwOnEndOfStream: false);
            var encoding = TextDecoder.Detect(new MemoryStream(buffer, 0, length, writable: false));
            var sha256 = FileHash.Sha256(buffer.AsSpan(0, length));
            // The buffer goes back to the pool when the blocks have been read; RawDocument's blocks are read once.
            return new RawDocument(Blocks(() => returned
                ? throw new InvalidOperationException("a text document's blocks are read once")
                : new MemoryStream(buffer, 0, length, writable: false), encoding, Return), null, encoding.Name, Format, sha256);
        }
        catch
        {
            Return();
            throw;
        }
    }

    // Lazy: the file is decoded while the cleaner consumes it, so only the current block of raw lines is held.
    private static IEnumerable<IReadOnlyList<RawLine>> Blocks(Func<Stream> open, DetectedEncoding encoding, Action? done = null)
    {
        try
        {
            using var stream = open();
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
        finally
        {
            done?.Invoke();
        }
    }

    // Unbuffered (buffer size 1): detection, hashing and the decoder read in blocks of their own, and a FileStream buffer
    // on top would cost one more array per open.
    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
}
