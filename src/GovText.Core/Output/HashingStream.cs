using System.Security.Cryptography;

namespace GovText.Core.Output;

/// <summary>
/// A write-only stream that passes every byte on to another stream and hashes it (SHA-256) on the way, so a file's
/// fingerprint costs no second read of it (<see cref="OutputLedger"/>).
/// </summary>
public sealed class HashingStream : Stream
{
    private readonly Stream _inner;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _length;

    /// <summary>Wraps <paramref name="inner"/>, which the caller keeps and disposes.</summary>
    public HashingStream(Stream inner) => _inner = inner;

    /// <summary>The number of bytes written so far.</summary>
    public long BytesWritten => _length;

    /// <summary>Lower-case hex SHA-256 of every byte written (call once, after the last write).</summary>
    public string Sha256() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        _inner.Write(buffer);
        _length += buffer.Length;
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void WriteByte(byte value) => Write([value]);

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose();
        base.Dispose(disposing);
    }
}
