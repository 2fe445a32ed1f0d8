using System.Buffers.Binary;
using System.Text;
using GovText.Segmentation.Internal;

namespace GovText.Segmentation;

/// <summary>
/// jieba.analyse's IDF table (<c>analyse/idf.txt</c> of jieba 0.42.1, as its <c>IDFLoader</c> reads it)
/// and its median, the IDF <c>extract_tags</c> gives a word the table lacks. Loaded on first use.
/// </summary>
public sealed class JiebaIdf
{
    private static readonly Lazy<JiebaIdf> Embedded = new(LoadFresh, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private JiebaIdf(Dictionary<string, double> idf, double median)
    {
        _idf = idf;
        _lookup = idf.GetAlternateLookup<ReadOnlySpan<char>>();
        Median = median;
    }

    /// <summary>The table shipped with jieba 0.42.1.</summary>
    public static JiebaIdf Default => Embedded.Value;

    /// <summary><c>median_idf</c>: <c>sorted(idf.values())[len // 2]</c>.</summary>
    public double Median { get; }

    /// <summary>Number of words in the table.</summary>
    public int Count => _idf.Count;

    /// <summary><c>idf_freq.get(word, median_idf)</c>.</summary>
    /// <param name="word">The exact word.</param>
    public double Get(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var v) ? v : Median;

    /// <summary>The word's IDF when the table holds it.</summary>
    /// <param name="word">The exact word.</param>
    /// <param name="idf">The IDF when found.</param>
    public bool TryGet(ReadOnlySpan<char> word, out double idf) => _lookup.TryGetValue(word, out idf);

    /// <summary>Loads the table anew from the embedded resource, bypassing the shared instance (the load benchmark times this).</summary>
    internal static JiebaIdf LoadFresh()
    {
        using var stream = typeof(JiebaIdf).Assembly.GetManifestResourceStream("GovText.Segmentation.Resources.jieba-idf.bin.gz")
            ?? throw new InvalidOperationException("Embedded resource jieba-idf.bin.gz is missing.");
        ReadOnlySpan<byte> d = GzipResource.Decompress(stream);
        if (!d[..4].SequenceEqual("GTJI"u8) || BinaryPrimitives.ReadUInt32LittleEndian(d[4..]) != 1)
            throw new InvalidDataException("The embedded jieba IDF table has an unknown format.");
        var count = (int)BinaryPrimitives.ReadUInt32LittleEndian(d[8..]);
        var valueCount = (int)BinaryPrimitives.ReadUInt32LittleEndian(d[12..]);
        var median = BinaryPrimitives.ReadDoubleLittleEndian(d[16..]);
        var pos = 24;
        var values = new double[valueCount];
        for (var i = 0; i < valueCount; i++, pos += 8) values[i] = BinaryPrimitives.ReadDoubleLittleEndian(d[pos..]);
        var idf = new Dictionary<string, double>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var len = ReadVarint(d, ref pos);
            var word = Encoding.UTF8.GetString(d.Slice(pos, len));
            pos += len;
            idf[word] = values[ReadVarint(d, ref pos)];
        }
        return new JiebaIdf(idf, median);
    }

    private static int ReadVarint(ReadOnlySpan<byte> d, ref int pos)
    {
        var result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = d[pos++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80) return result;
        }
    }
}
