using System.Buffers;
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
    // 16 KB keeps the decoders' byte and char buffers under the large-object-heap threshold (85 KB), so a
    // million small files do not churn the LOH.
    private const int BufferSize = 1 << 14;
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

        var hasNul = HasNul(stream);
        var utf8 = new DetectedEncoding("utf-8", new UTF8Encoding(false, true), 0);
        if (!hasNul && IsValidUtf8(stream)) return utf8;

        // UTF-16 saved without a byte-order mark (Windows "Unicode" text from some tools): it decodes cleanly and
        // reads as text. GB18030 would otherwise decode Chinese UTF-16 into valid but meaningless characters.
        if (stream.Length % 2 == 0)
        {
            foreach (var (name, bigEndian) in new[] { ("utf-16le", false), ("utf-16be", true) })
            {
                var encoding = new UnicodeEncoding(bigEndian, false, true);
                if (Decodes(stream, encoding, 0, score: false, out _) && TextShare(stream, encoding) >= 0.95)
                    return new DetectedEncoding(name, encoding, 0);
            }
        }
        if (hasNul)
            throw new IngestException("binary file (NUL bytes in the first 8 KB): not a text document; remove it from the corpus or give it its real extension");

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
        // A file that mixes UTF-8 lines with GBK or Big5 lines (pasted together from several sources) decodes
        // "cleanly" as GB18030, but its UTF-8 lines become mojibake: each line is then decoded on its own.
        if (MixedUtf8Lines(stream) is { Utf8: >= 1, Other: >= 1 })
        {
            var legacy = best?.Encoding ?? ChineseEncodingGuesser.Strict(54936);
            var legacyName = best?.Name ?? "gb18030";
            if (LinesDecode(stream, legacy)) return new DetectedEncoding("utf-8+" + legacyName, legacy, 0) { PerLine = true };
            throw new IngestException(
                $"the file mixes UTF-8 lines with lines that are valid in no supported encoding: convert it to UTF-8 (e.g. iconv -f ITS-ENCODING -t UTF-8) or remove it from the corpus");
        }
        return best ?? throw new IngestException(
            "text is not valid UTF-8, UTF-16 (with byte-order mark), GB18030/GBK or Big5: convert the file to UTF-8 " +
            "(e.g. iconv -f ITS-ENCODING -t UTF-8) or remove it from the corpus");
    }

    /// <summary>Decodes <paramref name="stream"/> with <paramref name="encoding"/>, one line at a time (\n, \r\n or \r ends a line).</summary>
    public static IEnumerable<string> ReadLines(Stream stream, DetectedEncoding encoding)
    {
        if (encoding.PerLine)
        {
            foreach (var line in ByteLines(stream))
            {
                var text = System.Text.Unicode.Utf8.IsValid(line) ? Encoding.UTF8.GetString(line) : encoding.Encoding.GetString(line);
                foreach (var piece in text.TrimEnd('\r').Split('\r')) yield return piece;
            }
            yield break;
        }
        stream.Position = encoding.BomLength;
        using var reader = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, BufferSize, leaveOpen: true);
        while (reader.ReadLine() is { } line) yield return line;
    }

    /// <summary>Decodes the whole of <paramref name="stream"/> into one string (for formats parsed whole, such as HTML).</summary>
    public static string ReadAll(Stream stream, DetectedEncoding encoding)
    {
        if (encoding.PerLine) return string.Join('\n', ReadLines(stream, encoding));
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
        var bytes = ArrayPool<byte>.Shared.Rent(BufferSize);
        var chars = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(BufferSize) + 2);
        long han = 0;
        double common = 0;
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, BufferSize)) > 0)
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
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
        commonShare = han == 0 ? 0 : common / han;
        return true;
    }

    /// <summary>
    /// True when all of <paramref name="stream"/> is well-formed UTF-8: what decoding it with a strict
    /// <see cref="UTF8Encoding"/> accepts, checked without decoding (a vectorised scan, several times faster than
    /// transcoding the file to UTF-16 only to throw the characters away). Leaves the stream at position 0.
    /// </summary>
    /// <param name="stream">The bytes, seekable.</param>
    /// <param name="chunk">Bytes read at a time (smaller only in tests, to put sequences across chunk boundaries).</param>
    internal static bool IsValidUtf8(Stream stream, int chunk = BufferSize)
    {
        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(chunk + 3);
        try
        {
            var carried = 0;
            int read;
            while ((read = stream.Read(buffer, carried, chunk)) > 0)
            {
                var length = carried + read;
                var complete = CompleteLength(buffer.AsSpan(0, length));
                if (!System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, complete))) return false;
                // A sequence cut by the chunk's end is checked with the bytes that follow it.
                carried = length - complete;
                buffer.AsSpan(complete, carried).CopyTo(buffer);
            }
            return carried == 0;
        }
        finally
        {
            stream.Position = 0;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The length of bytes up to a multi-byte sequence that starts in the last three bytes and is longer than what is left
    // of them (so it may continue in the next chunk); all of bytes otherwise. Continuation bytes with no lead byte, or
    // invalid lead bytes, are left in for the validity check to reject.
    private static int CompleteLength(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[^back];
            if (b < 0x80) return bytes.Length;
            if (b < 0xC0) continue;
            var needed = b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF8 ? 4 : 1;
            return needed > back ? bytes.Length - back : bytes.Length;
        }
        return bytes.Length;
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

    // The share of decoded characters that are ordinary text: Han, printable ASCII, whitespace, CJK and general
    // punctuation, full-width forms, Latin letters. Bytes in another encoding read as UTF-16 give Hangul, private-use
    // and rare symbols instead. Looked at over the first 64 KB.
    private static double TextShare(Stream stream, Encoding encoding)
    {
        stream.Position = 0;
        var bytes = new byte[1 << 16];
        var n = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) & ~1;
        stream.Position = 0;
        var decoder = encoding.GetDecoder();
        var text = new char[encoding.GetMaxCharCount(n)];
        int count;
        try
        {
            count = decoder.GetChars(bytes, 0, n, text, 0, flush: false);
        }
        catch (DecoderFallbackException)
        {
            return 0;
        }
        if (count == 0) return 0;
        int ok = 0, ascii = 0;
        foreach (var c in text.AsSpan(0, count))
        {
            if (c is >= ' ' and <= '~' or '\n' or '\r' or '\t') ascii++;
            if (Text.Script.IsHan(c) || c is >= ' ' and <= '~' or '\n' or '\r' or '\t' or (>= '\u3000' and <= '\u303F')
                || c is (>= '\uFF00' and <= '\uFFEF') or (>= '\u2000' and <= '\u206F') or (>= '\u00A0' and <= '\u024F') || char.IsSurrogate(c))
                ok++;
        }
        // Other bytes read as UTF-16 can land on Han code points too, but on rare ones: text that is not mostly ASCII
        // must also have common Han characters, as real Chinese does.
        if (ascii * 2 < count && ChineseEncodingGuesser.Score(text.AsSpan(0, count)) < 0.3) return 0;
        return (double)ok / count;
    }

    // Lines (split at byte 0x0A, which no multi-byte sequence of UTF-8, GB18030 or Big5 contains) that are valid
    // UTF-8 with non-ASCII characters, and lines that are not valid UTF-8.
    private static (int Utf8, int Other) MixedUtf8Lines(Stream stream)
    {
        int utf8 = 0, other = 0;
        foreach (var line in ByteLines(stream))
        {
            if (line.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0) continue;
            if (System.Text.Unicode.Utf8.IsValid(line)) utf8++;
            else other++;
        }
        return (utf8, other);
    }

    private static bool LinesDecode(Stream stream, Encoding legacy)
    {
        try
        {
            foreach (var line in ByteLines(stream))
            {
                if (!System.Text.Unicode.Utf8.IsValid(line)) legacy.GetCharCount(line);
            }
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static IEnumerable<byte[]> ByteLines(Stream stream)
    {
        stream.Position = 0;
        var line = new List<byte>();
        int b;
        var buffered = new BufferedStream(stream, BufferSize);
        while ((b = buffered.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                yield return line.ToArray();
                line.Clear();
            }
            else line.Add((byte)b);
        }
        if (line.Count > 0) yield return line.ToArray();
        stream.Position = 0;
    }

    private static bool HasNul(Stream stream)
    {
        Span<byte> probe = stackalloc byte[BinaryProbe];
        var n = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return probe[..n].Contains((byte)0);
    }
}
