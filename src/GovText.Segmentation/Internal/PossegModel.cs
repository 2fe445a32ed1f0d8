using System.Buffers.Binary;
using System.Text;

namespace GovText.Segmentation.Internal;

/// <summary>
/// jieba.posseg's HMM: 256 (position, tag) states numbered in Python's tuple order, so "the larger index
/// wins a tie" is Python's <c>max</c> over <c>(prob, state)</c> tuples. Loaded on first use only.
/// </summary>
internal sealed class PossegModel
{
    private static readonly Lazy<PossegModel> Embedded = new(LoadFresh, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, double> _emit;
    private readonly Dictionary<char, byte[]> _charStates;

    private PossegModel(char[] position, string[] tag, double[] start, double[] trans, ulong[] next, bool[] hasNext,
        Dictionary<int, double> emit, Dictionary<char, byte[]> charStates)
    {
        Position = position;
        Tag = tag;
        Start = start;
        Trans = trans;
        Next = next;
        HasNext = hasNext;
        _emit = emit;
        _charStates = charStates;
        AllStates = Enumerable.Range(0, position.Length).Select(i => (byte)i).ToArray();
    }

    /// <summary>The model shipped with jieba 0.42.1.</summary>
    public static PossegModel Default => Embedded.Value;

    /// <summary>Number of states.</summary>
    public int Count => Position.Length;

    /// <summary>The state's position letter: B, E, M or S.</summary>
    public char[] Position { get; }

    /// <summary>The state's POS tag.</summary>
    public string[] Tag { get; }

    /// <summary>start_P per state.</summary>
    public double[] Start { get; }

    /// <summary>trans_P[from * Count + to]; -inf (viterbi's MIN_INF) where jieba has no entry.</summary>
    public double[] Trans { get; }

    /// <summary>The keys of trans_P[from] as a 256-bit set: 4 words per state.</summary>
    public ulong[] Next { get; }

    /// <summary>True when trans_P[state] is not empty (viterbi only extends such states).</summary>
    public bool[] HasNext { get; }

    /// <summary>trans_P's keys, every state in index order (char_state_tab's fallback).</summary>
    public byte[] AllStates { get; }

    /// <summary><c>emit_P[state].get(c, MIN_FLOAT)</c>.</summary>
    public double Emit(int state, char c) => _emit.TryGetValue((state << 16) | c, out var p) ? p : HmmModel.MinFloat;

    /// <summary><c>char_state_tab_P.get(c, all_states)</c>.</summary>
    public byte[] States(char c) => _charStates.TryGetValue(c, out var s) ? s : AllStates;

    /// <summary>Loads the model anew from the embedded resource, bypassing the shared instance (the load benchmark times this).</summary>
    internal static PossegModel LoadFresh()
    {
        var assembly = typeof(PossegModel).Assembly;
        using var stream = assembly.GetManifestResourceStream("GovText.Segmentation.Resources.jieba-posseg.bin.gz")
            ?? throw new InvalidOperationException("Embedded resource jieba-posseg.bin.gz is missing.");
        return Load(stream);
    }

    /// <summary>Reads the converter's GTJP resource.</summary>
    public static PossegModel Load(Stream compressed)
    {
        ReadOnlySpan<byte> d = GzipResource.Decompress(compressed);
        if (!d[..4].SequenceEqual("GTJP"u8) || BinaryPrimitives.ReadUInt32LittleEndian(d[4..]) != 1)
            throw new InvalidDataException("The embedded jieba posseg model has an unknown format.");
        var n = (int)BinaryPrimitives.ReadUInt32LittleEndian(d[8..]);
        var pos = 12;
        var position = new char[n];
        var tag = new string[n];
        for (var i = 0; i < n; i++)
        {
            position[i] = (char)d[pos];
            var len = d[pos + 1];
            tag[i] = Encoding.ASCII.GetString(d.Slice(pos + 2, len));
            pos += 2 + len;
        }
        var start = new double[n];
        for (var i = 0; i < n; i++, pos += 8) start[i] = BinaryPrimitives.ReadDoubleLittleEndian(d[pos..]);
        var trans = new double[n * n];
        Array.Fill(trans, double.NegativeInfinity);
        var next = new ulong[n * 4];
        var hasNext = new bool[n];
        for (var i = 0; i < n; i++)
        {
            int count = BinaryPrimitives.ReadUInt16LittleEndian(d[pos..]);
            pos += 2;
            hasNext[i] = count > 0;
            for (var k = 0; k < count; k++, pos += 9)
            {
                var to = d[pos];
                trans[i * n + to] = BinaryPrimitives.ReadDoubleLittleEndian(d[(pos + 1)..]);
                next[i * 4 + (to >> 6)] |= 1UL << (to & 63);
            }
        }
        var emit = new Dictionary<int, double>();
        for (var i = 0; i < n; i++)
        {
            var count = (int)BinaryPrimitives.ReadUInt32LittleEndian(d[pos..]);
            pos += 4;
            for (var k = 0; k < count; k++, pos += 10)
                emit[(i << 16) | BinaryPrimitives.ReadUInt16LittleEndian(d[pos..])] = BinaryPrimitives.ReadDoubleLittleEndian(d[(pos + 2)..]);
        }
        var chars = (int)BinaryPrimitives.ReadUInt32LittleEndian(d[pos..]);
        pos += 4;
        var charStates = new Dictionary<char, byte[]>(chars);
        for (var i = 0; i < chars; i++)
        {
            var c = (char)BinaryPrimitives.ReadUInt16LittleEndian(d[pos..]);
            var count = d[pos + 2];
            charStates[c] = d.Slice(pos + 3, count).ToArray();
            pos += 3 + count;
        }
        return new PossegModel(position, tag, start, trans, next, hasNext, emit, charStates);
    }
}
