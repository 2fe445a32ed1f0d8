using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace GovText.Segmentation.Internal;

/// <summary>
/// jieba.posseg's HMM: 256 (position, tag) states numbered in Python's tuple order, so "the larger index
/// wins a tie" is Python's <c>max</c> over <c>(prob, state)</c> tuples. Loaded on first use only; its tables are the
/// converter's, read in place from the assembly's image (see tools/jieba-convert/README.md).
/// </summary>
internal sealed unsafe class PossegModel
{
    /// <summary>The resource's name under Resources/.</summary>
    public const string ResourceName = "jieba-posseg.bin";

    /// <summary>The resource's layout (GTJP v2: 8 header bytes, 8 parts).</summary>
    public static readonly ModelFormat Format = new(ResourceName, "GTJP", 2, 8, 8);

    private static readonly Lazy<PossegModel> Embedded = new(LoadFresh, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ModelResource _resource;
    private readonly int _count;
    private readonly double* _start;
    private readonly double* _trans;
    private readonly ulong* _next;
    private readonly bool* _hasNext;
    private readonly EmitEntry* _emit;
    private readonly int _emitMask;
    private readonly int _emitShift;
    private readonly uint* _charStates;
    private readonly byte* _stateBytes;
    private readonly byte[] _allStates;

    private PossegModel(ModelResource resource)
    {
        _resource = resource;
        var header = resource.Header;
        _count = (int)BinaryPrimitives.ReadUInt32LittleEndian(header);
        var emitBits = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        if (_count is < 1 or > 256 || emitBits is < 1 or > 30) throw resource.Corrupt();
        (Position, Tag) = ReadStates(resource, _count);
        _start = resource.Part<double>(1, _count);
        _trans = resource.Part<double>(2, _count * _count);
        _next = resource.Part<ulong>(3, _count * 4);
        _hasNext = (bool*)resource.Part<byte>(4, _count);
        _emit = resource.Part<EmitEntry>(5, 1 << emitBits);
        _emitMask = (1 << emitBits) - 1;
        _emitShift = 32 - emitBits;
        _charStates = resource.Part<uint>(6, 65536);
        var stateBytes = resource.Bytes(7);
        _stateBytes = resource.Part<byte>(7, stateBytes.Length);
        _allStates = new byte[_count];
        for (var i = 0; i < _count; i++) _allStates[i] = (byte)i;
    }

    /// <summary>The model shipped with jieba 0.42.1.</summary>
    public static PossegModel Default => Embedded.Value;

    /// <summary>Number of states.</summary>
    public int Count => _count;

    /// <summary>The state's position letter: B, E, M or S.</summary>
    public char[] Position { get; }

    /// <summary>The state's POS tag.</summary>
    public string[] Tag { get; }

    /// <summary>start_P per state.</summary>
    public ReadOnlySpan<double> Start => new(_start, _count);

    /// <summary>trans_P[from * Count + to]; -inf (viterbi's MIN_INF) where jieba has no entry.</summary>
    public ReadOnlySpan<double> Trans => new(_trans, _count * _count);

    /// <summary>The keys of trans_P[from] as a 256-bit set: 4 words per state.</summary>
    public ReadOnlySpan<ulong> Next => new(_next, _count * 4);

    /// <summary>True when trans_P[state] is not empty (viterbi only extends such states).</summary>
    public ReadOnlySpan<bool> HasNext => new(_hasNext, _count);

    /// <summary>trans_P's keys, every state in index order (char_state_tab's fallback).</summary>
    public ReadOnlySpan<byte> AllStates => _allStates;

    /// <summary><c>emit_P[state].get(c, MIN_FLOAT)</c>.</summary>
    /// <param name="state">A state index.</param>
    /// <param name="c">The character.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Emit(int state, char c)
    {
        // The converter's open-addressing table (at most half full, key 0 empty): the same hash and probe order.
        var key = (uint)(state << 16 | c);
        var emit = _emit;
        for (var i = (int)((key * 0x9E3779B1u) >> _emitShift); ; i = (i + 1) & _emitMask)
        {
            ref readonly var entry = ref emit[i];
            if (entry.Key == key) return entry.Value;
            if (entry.Key == 0) return HmmModel.MinFloat;
        }
    }

    /// <summary><c>char_state_tab_P.get(c, all_states)</c>.</summary>
    /// <param name="c">The character.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> States(char c)
    {
        var entry = _charStates[c];
        return entry == uint.MaxValue ? _allStates : new ReadOnlySpan<byte>(_stateBytes + (entry >> 8), (int)(entry & 0xFF));
    }

    /// <summary>Loads the model anew from the embedded resource, bypassing the shared instance (the load benchmark times this).</summary>
    internal static PossegModel LoadFresh() => new(ModelResource.Open(Format));

    /// <summary>Reads a posseg resource from a stream, used in place when the stream is the assembly's memory.</summary>
    /// <param name="resource">The converter's jieba-posseg.bin; kept open while the model is in use.</param>
    public static PossegModel Load(Stream resource) => new(ModelResource.From(resource, Format));

    private static (char[] Position, string[] Tag) ReadStates(ModelResource resource, int count)
    {
        var blob = resource.Bytes(0);
        var position = new char[count];
        var tag = new string[count];
        var pos = 0;
        for (var i = 0; i < count; i++)
        {
            if (pos + 2 > blob.Length || pos + 2 + blob[pos + 1] > blob.Length) throw resource.Corrupt();
            position[i] = (char)blob[pos];
            tag[i] = Encoding.ASCII.GetString(blob.Slice(pos + 2, blob[pos + 1]));
            pos += 2 + blob[pos + 1];
        }
        return (position, tag);
    }

    /// <summary>One slot of the emission table: state &lt;&lt; 16 | UTF-16 unit (0 = empty), and the log probability.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit, Size = 16)]
    private readonly struct EmitEntry
    {
        [System.Runtime.InteropServices.FieldOffset(0)]
        public readonly uint Key;

        [System.Runtime.InteropServices.FieldOffset(8)]
        public readonly double Value;
    }
}
