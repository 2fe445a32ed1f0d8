using System.Buffers.Binary;

namespace GovText.Segmentation.Internal;

/// <summary>
/// finalseg's B/M/E/S model. States are indexed B=0, E=1, M=2, S=3 (the converter's order).
/// Emissions are only ever looked up for finalseg's re_han range, so they live in one dense table
/// over U+4E00..U+9FD5 with jieba's MIN_FLOAT for characters the model does not know.
/// </summary>
internal sealed class HmmModel
{
    /// <summary>finalseg.MIN_FLOAT.</summary>
    public const double MinFloat = -3.14e100;

    /// <summary>First code unit of the emission table.</summary>
    public const char HanFirst = '\u4E00';

    private const int HanCount = 0x9FD5 - 0x4E00 + 1;

    private HmmModel(double[] start, double[] trans, double[] emit)
    {
        Start = start;
        Trans = trans;
        Emit = emit;
    }

    /// <summary>start_P per state.</summary>
    public double[] Start { get; }

    /// <summary>trans_P[from * 4 + to], MIN_FLOAT where jieba has no entry.</summary>
    public double[] Trans { get; }

    /// <summary>emit_P[(c - U+4E00) * 4 + state].</summary>
    public double[] Emit { get; }

    /// <summary>Reads the converter's HMM resource.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // runs once: skip tier-0
    public static HmmModel Load(Stream compressed)
    {
        ReadOnlySpan<byte> d = GzipResource.Decompress(compressed);
        if (!d[..4].SequenceEqual("GTJH"u8) || BinaryPrimitives.ReadUInt32LittleEndian(d[4..]) != 1)
            throw new InvalidDataException("The embedded jieba HMM model has an unknown format.");
        var pos = 8;
        var start = new double[4];
        for (var s = 0; s < 4; s++, pos += 8) start[s] = BinaryPrimitives.ReadDoubleLittleEndian(d[pos..]);
        var trans = new double[16];
        for (var t = 0; t < 16; t++, pos += 8) trans[t] = BinaryPrimitives.ReadDoubleLittleEndian(d[pos..]);
        var emit = new double[HanCount * 4];
        Array.Fill(emit, MinFloat);
        for (var s = 0; s < 4; s++)
        {
            var n = BinaryPrimitives.ReadUInt32LittleEndian(d[pos..]);
            pos += 4;
            for (var i = 0; i < n; i++, pos += 12)
            {
                var cp = BinaryPrimitives.ReadUInt32LittleEndian(d[pos..]);
                if (cp is >= 0x4E00 and <= 0x9FD5)
                    emit[(cp - 0x4E00) * 4 + s] = BinaryPrimitives.ReadDoubleLittleEndian(d[(pos + 4)..]);
            }
        }
        return new HmmModel(start, trans, emit);
    }
}
