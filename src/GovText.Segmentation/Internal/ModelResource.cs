using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace GovText.Segmentation.Internal;

/// <summary>
/// An embedded model resource used in place. The converter (tools/jieba-convert/convert.py, <c>sections</c>) writes each
/// model as its in-memory arrays: magic, version, fixed header fields, a table of (offset, length) per part, then every
/// part at a 64-byte boundary of the resource. The runtime maps the assembly's file, so the parts are read straight from
/// that image: loading copies and decompresses nothing, and the operating system reads only the pages lookups touch.
/// </summary>
internal sealed unsafe class ModelResource
{
    private const int Alignment = 64;

    private readonly byte* _data;
    private readonly int _length;
    private readonly int _parts;
    private readonly int _tableOffset;
    private readonly string _name;

    // What keeps _data valid: the resource stream (it holds the assembly, whose image is never unmapped while it is
    // loaded) or a pinned copy when the stream is not backed by the image.
    private readonly object _owner;

    private ModelResource(byte* data, int length, object owner, string name, int headerLength, int parts)
    {
        _data = data;
        _length = length;
        _owner = owner;
        _name = name;
        _parts = parts;
        _tableOffset = 8 + headerLength;
    }

    /// <summary>Opens the embedded resource of <paramref name="format"/> and checks its magic and version.</summary>
    /// <param name="format">The model's resource name, magic, version and layout.</param>
    public static ModelResource Open(ModelFormat format)
    {
        var assembly = typeof(ModelResource).Assembly;
        var stream = assembly.GetManifestResourceStream("GovText.Segmentation.Resources." + format.ResourceName)
            ?? throw new InvalidOperationException("Embedded resource " + format.ResourceName + " is missing from " + assembly.GetName().Name + ".");
        return From(stream, format);
    }

    /// <summary>Reads a model from <paramref name="stream"/> (kept open: its memory is used in place when it has any).</summary>
    /// <param name="stream">The resource; an <see cref="UnmanagedMemoryStream"/> at position 0 is used without a copy.</param>
    /// <param name="format">The model's resource name (for errors), magic, version and layout.</param>
    public static ModelResource From(Stream stream, ModelFormat format)
    {
        var name = format.ResourceName;
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Big-endian platforms are not supported.");
        if (stream.Length > int.MaxValue) throw new InvalidDataException("The embedded model " + name + " is too large.");
        var length = (int)stream.Length;
        byte* data;
        object owner;
        // The records are read in place, so the resource must start at least 4-byte aligned: the records are packed to
        // 4 bytes (their doubles then cost nothing extra on x64 and arm64, and arm32 needs 4 for them). The compiler
        // places resources at 8 bytes in the IL assembly, the composite ReadyToRun rewrite at 4; anything less copies.
        if (stream is UnmanagedMemoryStream { Position: 0 } mapped && (nuint)mapped.PositionPointer % 4 == 0)
        {
            data = mapped.PositionPointer;
            owner = mapped;
        }
        else
        {
            var copy = GC.AllocateUninitializedArray<byte>(length + Alignment, pinned: true);
            var start = (byte*)Unsafe.AsPointer(ref copy[0]);
            var skip = (int)((Alignment - (nuint)start % Alignment) % Alignment);
            stream.ReadExactly(copy.AsSpan(skip, length));
            data = start + skip;
            owner = copy;
        }
        var resource = new ModelResource(data, length, owner, name, format.HeaderLength, format.Parts);
        resource.CheckHeader(format.Magic, format.Version);
        return resource;
    }

    /// <summary>True when the parts are read from the assembly's image, false when they were copied.</summary>
    public bool InPlace => _owner is UnmanagedMemoryStream;

    /// <summary>The fixed header fields after magic and version.</summary>
    public ReadOnlySpan<byte> Header => new(_data + 8, _tableOffset - 8);

    /// <summary>
    /// Part <paramref name="index"/> as <paramref name="count"/> values of <typeparamref name="T"/>; its length must be
    /// exactly that, else the resource is not what this reader expects.
    /// </summary>
    /// <param name="index">The part's position in the table.</param>
    /// <param name="count">The number of values the header promises.</param>
    public T* Part<T>(int index, int count) where T : unmanaged
    {
        var (offset, length) = Span(index);
        if ((long)count * sizeof(T) != length) throw Corrupt();
        return (T*)(_data + offset);
    }

    /// <summary>Part <paramref name="index"/> as bytes, whatever its length.</summary>
    /// <param name="index">The part's position in the table.</param>
    public ReadOnlySpan<byte> Bytes(int index)
    {
        var (offset, length) = Span(index);
        return new ReadOnlySpan<byte>(_data + offset, length);
    }

    /// <summary>The error for a resource whose contents contradict its header.</summary>
    public InvalidDataException Corrupt() =>
        new("The embedded model " + _name + " is corrupt; regenerate it with tools/jieba-convert/convert.py.");

    private (int Offset, int Length) Span(int index)
    {
        var entry = new ReadOnlySpan<byte>(_data + _tableOffset + 8 * index, 8);
        var offset = BinaryPrimitives.ReadUInt32LittleEndian(entry);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(entry[4..]);
        if (offset % Alignment != 0 || offset < _tableOffset + 8 * _parts || (ulong)offset + length > (ulong)_length) throw Corrupt();
        return ((int)offset, (int)length);
    }

    private void CheckHeader(string magic, uint version)
    {
        if (_length < _tableOffset + 8 * _parts || System.Text.Encoding.ASCII.GetString(_data, 4) != magic)
            throw new InvalidDataException("The embedded model " + _name + " is not a " + magic
                + " resource; regenerate it with tools/jieba-convert/convert.py.");
        var found = BinaryPrimitives.ReadUInt32LittleEndian(new ReadOnlySpan<byte>(_data + 4, 4));
        if (found != version)
            throw new InvalidDataException("The embedded model " + _name + " has format version " + found + "; this build reads version "
                + version + ". Regenerate it with tools/jieba-convert/convert.py.");
    }
}
