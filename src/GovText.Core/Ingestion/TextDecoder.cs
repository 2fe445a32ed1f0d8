using System.Text;

namespace GovText.Core.Ingestion;

/// <summary>
/// Finds the encoding of a text file and decodes it as a stream of lines. Order: a byte-order mark
/// (UTF-8, UTF-16 LE/BE) decides; else NUL bytes in the first 8 KB mean a binary file; else strict UTF-8;
/// else GB18030 or Big5 chosen by <see cref="ChineseEncodingGuesser"/>. Each candidate is checked over the
/// whole file by a streaming decoder, so memory does not grow with the file.
/// </summary>
public static class TextDecoder
{
    private const int BufferSize = 1 << 16;
    private const int BinaryProbe = 8192;

    /// <summary>Finds the encoding of the bytes in <paramref name="stream"/> (which must be seekable); leaves it at position 0.</summary>
    /// <exception cref="IngestException">The file is empty, binary, or valid in no supported encoding.</exception>
    public static DetectedEncoding Detect(Stream stream)
    {
        stream.Position = 0;
        Span<byte> head = stackalloc byte[4];
        var n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        head = head[..n];
        stream.Position = 0;
        if (stream.Length == 0) throw new IngestException("empty file (0 bytes)");

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Checked(stream, new DetectedEncoding("utf-8-bom", new UTF8Encoding(false, true), 3), "UTF-8 (it starts with a UTF-8 byte-order mark)");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Checked(stream, new DetectedEncoding("utf-16le", new UnicodeEncoding(false, false, true), 2), "UTF-16 LE (it starts with a UTF-16 LE byte-order mark)");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Checked(stream, new DetectedEncoding("utf-16be", new UnicodeEncoding(true, false, true), 2), "UTF-16 BE (it starts with a UTF-16 BE byte-order mark)");

        if (HasNul(stream))
            throw new IngestException("binary file (NUL bytes in the first 8 KB): not a text document; remove it from the corpus or give it its real extension");

        var utf8 = new DetectedEncoding("utf-8", new UTF8Encoding(false, true), 0);
        if (Decodes(stream, utf8.Encoding, 0, score: false, out _)) return utf8;

        DetectedEncoding? best = null;
        var bestScore = -1.0;
        foreach (var (name, codePage) in ChineseEncodingGuesser.Candidates)
        {
            var encoding = ChineseEncodingGuesser.Strict(codePage);
            if (Decodes(stream, encoding, 0, score: true, out var score) && score > bestScore)
            {
                best = new DetectedEncoding(name, encoding, 0);
                bestScore = score;
            }
        }
        return best ?? throw new IngestException(
            "text is not valid UTF-8, UTF-16 (with byte-order mark), GB18030/GBK or Big5: convert the file to UTF-8 " +
            "(e.g. iconv -f ITS-ENCODING -t UTF-8) or remove it from the corpus");
    }

    /// <summary>Decodes <paramref name="stream"/> with <paramref name="encoding"/>, one line at a time (\n, \r\n or \r ends a line).</summary>
    public static IEnumerable<string> ReadLines(Stream stream, DetectedEncoding encoding)
    {
        stream.Position = encoding.BomLength;
        using var reader = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, BufferSize, leaveOpen: true);
        while (reader.ReadLine() is { } line) yield return line;
    }

    /// <summary>Decodes the whole of <paramref name="stream"/> into one string (for formats parsed whole, such as HTML).</summary>
    public static string ReadAll(Stream stream, DetectedEncoding encoding)
    {
        stream.Position = encoding.BomLength;
        using var reader = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, BufferSize, leaveOpen: true);
        return reader.ReadToEnd();
    }

    /// <summary>True when all of <paramref name="stream"/> decodes strictly with <paramref name="encoding"/>.</summary>
    public static bool Decodes(Stream stream, Encoding encoding, int skip, bool score, out double commonShare)
    {
        commonShare = 0;
        stream.Position = skip;
        var decoder = encoding.GetDecoder();
        var bytes = new byte[BufferSize];
        var chars = new char[encoding.GetMaxCharCount(BufferSize) + 2];
        long han = 0;
        double common = 0;
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
                if (score) Accumulate(chars.AsSpan(0, count), ref han, ref common);
            }
            var last = decoder.GetChars([], 0, 0, chars, 0, flush: true);
            if (score) Accumulate(chars.AsSpan(0, last), ref han, ref common);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            stream.Position = 0;
        }
        commonShare = han == 0 ? 0 : common / han;
        return true;
    }

    private static void Accumulate(ReadOnlySpan<char> chars, ref long han, ref double common)
    {
        var hanHere = 0;
        foreach (var c in chars)
        {
            if (Text.Script.IsHan(c)) hanHere++;
        }
        if (hanHere == 0) return;
        common += ChineseEncodingGuesser.Score(chars) * hanHere;
        han += hanHere;
    }

    private static DetectedEncoding Checked(Stream stream, DetectedEncoding encoding, string what)
    {
        if (!Decodes(stream, encoding.Encoding, encoding.BomLength, score: false, out _))
            throw new IngestException($"invalid {what}: the bytes after the mark are not valid in that encoding; re-save the file as UTF-8");
        return encoding;
    }

    private static bool HasNul(Stream stream)
    {
        var probe = new byte[BinaryProbe];
        var n = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return probe.AsSpan(0, n).Contains((byte)0);
    }
}
