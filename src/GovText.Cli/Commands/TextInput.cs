using System.Text;

namespace GovText.Cli;

/// <summary>
/// The text input of <c>govtext segment</c>: strict UTF-8 (invalid bytes are an error, not silent U+FFFD) and no
/// NUL characters, so a binary file, an image or <c>/dev/zero</c> is named as such instead of being segmented
/// into garbage or read forever.
/// </summary>
internal sealed class TextInput(TextReader inner, string name) : TextReader
{
    private long _chars;

    /// <summary>Opens <paramref name="path"/> as strict UTF-8 (a UTF-8 byte-order mark is skipped).</summary>
    public static TextInput Open(string path) =>
        new(new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), path);

    public override int Read(char[] buffer, int index, int count) => Check(buffer.AsSpan(index, Guarded(() => inner.Read(buffer, index, count))));

    public override int Read(Span<char> buffer)
    {
        var array = new char[buffer.Length];
        var n = Read(array, 0, array.Length);
        array.AsSpan(0, n).CopyTo(buffer);
        return n;
    }

    public override int Read()
    {
        var buffer = new char[1];
        return Read(buffer, 0, 1) == 0 ? -1 : buffer[0];
    }

    public override int Peek() => -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private int Guarded(Func<int> read)
    {
        try
        {
            return read();
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"{name}: not UTF-8 text (invalid bytes after {_chars} characters): segment expects UTF-8; " +
                "convert the file (iconv -f GBK -t UTF-8), or use 'govtext ingest', which detects GBK, Big5 and UTF-16");
        }
    }

    private int Check(ReadOnlySpan<char> read)
    {
        var nul = read.IndexOf('\0');
        if (nul >= 0)
            throw new InvalidDataException($"{name}: binary data (a NUL character after {_chars + nul} characters), not text: segment reads UTF-8 text");
        _chars += read.Length;
        return read.Length;
    }
}
