using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using GovText.Segmentation.Internal;

namespace GovText.Segmentation;

/// <summary>
/// jieba.analyse's IDF table (<c>analyse/idf.txt</c> of jieba 0.42.1, as its <c>IDFLoader</c> reads it)
/// and its median, the IDF <c>extract_tags</c> gives a word the table lacks. Loaded on first use.
/// </summary>
public sealed unsafe class JiebaIdf
{
    private const string ResourceName = "jieba-idf.bin";

    // The resource's layout (GTJI v2: 20 header bytes, 4 parts).
    private static readonly ModelFormat Format = new(ResourceName, "GTJI", 2, 20, 4);

    private static readonly Lazy<JiebaIdf> Embedded = new(LoadFresh, LazyThreadSafetyMode.ExecutionAndPublication);

    // The converter's hash table, read in place from the assembly's image (tools/jieba-convert/README.md, GTJI v2).
    private readonly ModelResource _resource;
    private readonly double* _values;
    private readonly uint* _starts;
    private readonly Entry* _entries;
    private readonly char* _chars;
    private readonly int _charCount;
    private readonly int _valueCount;
    private readonly int _shift;

    private JiebaIdf(ModelResource resource)
    {
        _resource = resource;
        var header = resource.Header;
        Count = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(header));
        var bits = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        _valueCount = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(header[8..]));
        Median = BinaryPrimitives.ReadDoubleLittleEndian(header[12..]);
        if (bits is < 1 or > 30) throw resource.Corrupt();
        _shift = 32 - bits;
        _values = resource.Part<double>(0, _valueCount);
        _starts = resource.Part<uint>(1, (1 << bits) + 1);
        _entries = resource.Part<Entry>(2, Count);
        _charCount = resource.Bytes(3).Length / 2;
        _chars = resource.Part<char>(3, _charCount);
        if (_starts[1 << bits] != (uint)Count) throw resource.Corrupt();
    }

    /// <summary>The table shipped with jieba 0.42.1.</summary>
    public static JiebaIdf Default => Embedded.Value;

    /// <summary><c>median_idf</c>: <c>sorted(idf.values())[len // 2]</c>.</summary>
    public double Median { get; }

    /// <summary>Number of words in the table.</summary>
    public int Count { get; }

    /// <summary><c>idf_freq.get(word, median_idf)</c>.</summary>
    /// <param name="word">The exact word.</param>
    public double Get(ReadOnlySpan<char> word) => TryGet(word, out var v) ? v : Median;

    /// <summary>The word's IDF when the table holds it.</summary>
    /// <param name="word">The exact word.</param>
    /// <param name="idf">The IDF when found.</param>
    public bool TryGet(ReadOnlySpan<char> word, out double idf)
    {
        // FNV-1a over the UTF-16 units, mixed by the golden-ratio multiplier: the converter's bucket function.
        var h = 0x811C9DC5u;
        foreach (var c in word) h = (h ^ c) * 0x01000193u;
        var bucket = (h * 0x9E3779B1u) >> _shift;
        for (var i = _starts[bucket]; i < _starts[bucket + 1]; i++)
        {
            ref readonly var entry = ref _entries[i];
            if (entry.Length == word.Length && (long)entry.Offset + entry.Length <= _charCount
                && new ReadOnlySpan<char>(_chars + entry.Offset, entry.Length).SequenceEqual(word)
                && entry.Value < _valueCount)
            {
                idf = _values[entry.Value];
                return true;
            }
        }
        idf = 0;
        return false;
    }

    /// <summary>Loads the table anew from the embedded resource, bypassing the shared instance (the load benchmark times this).</summary>
    internal static JiebaIdf LoadFresh() => new(ModelResource.Open(Format));

    /// <summary>One word of the table: where its characters are, how many, and its value's index.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
    private readonly struct Entry
    {
        public readonly uint Offset;
        public readonly ushort Length;
        public readonly ushort Value;
    }
}
