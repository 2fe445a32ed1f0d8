using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace GovText.Segmentation.Internal;

/// <summary>
/// jieba's prefix dictionary (FREQ) as an immutable trie: every word of dict.txt and every prefix of
/// one is a node. Nodes are numbered level by level so each node's children are one contiguous,
/// code-unit-sorted range (binary-searched); the root's children are a direct 64K table because the
/// first step of every DAG walk goes through it.
/// </summary>
internal sealed class PrefixTrie
{
    private readonly int[] _rootChildren;
    private readonly char[] _edge;
    private readonly NodeInfo[] _nodes;
    private readonly int _firstLevelEnd;
    private readonly PairEntry[] _pairs;
    private readonly int _pairShift;

    private PrefixTrie(int[] rootChildren, char[] edge, NodeInfo[] nodes, int[] freq, double[] logFreq,
        byte[] tagIndex, string[] tagNames, long total, int wordCount)
    {
        _rootChildren = rootChildren;
        _edge = edge;
        _nodes = nodes;
        _firstLevelEnd = 1 + nodes[0].ChildCount;
        (_pairs, _pairShift) = BuildPairs(edge, nodes, _firstLevelEnd);
        Freq = freq;
        LogFreq = logFreq;
        TagIndex = tagIndex;
        TagNames = tagNames;
        Total = total;
        WordCount = wordCount;
    }

    /// <summary>FREQ value per node: the word's frequency, 0 for a prefix that is not a word.</summary>
    public int[] Freq { get; }

    /// <summary><c>log(FREQ or 1)</c> per node, precomputed because it is all the route needs.</summary>
    public double[] LogFreq { get; }

    /// <summary>Index into <see cref="TagNames"/> per node (0, the empty name, for prefixes).</summary>
    public byte[] TagIndex { get; }

    /// <summary>The POS tags that occur in dict.txt.</summary>
    public string[] TagNames { get; }

    /// <summary>jieba's <c>total</c> after loading dict.txt (duplicates included).</summary>
    public long Total { get; }

    /// <summary>Number of dictionary words (without pure prefixes).</summary>
    public int WordCount { get; }

    /// <summary>Packed per-node data for the hot DAG walk.</summary>
    public NodeInfo[] Nodes => _nodes;

    /// <summary>The number of nodes.</summary>
    public int NodeCount => Freq.Length;

    /// <summary>The child of the root for <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Root(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rootChildren), c); // 64K entries: any char

    /// <summary>The child of <paramref name="node"/> reached by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node < _firstLevelEnd)
        {
            ref readonly var pair = ref Pair(Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_edge), node), c);
            return Unsafe.IsNullRef(in pair) ? -1 : pair.Node;
        }
        ref readonly var info = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_nodes), node);
        return Search(info.First, info.ChildCount, c);
    }

    /// <summary>The child reached by <paramref name="c"/> among the children <paramref name="first"/>.. of one node, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Search(int first, int count, char c)
    {
        var lo = first;
        var hi = first + count - 1;
        ref var edge = ref MemoryMarshal.GetArrayDataReference(_edge);
        while (lo <= hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var e = Unsafe.Add(ref edge, mid);
            if (e == c) return mid;
            if (e < c) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>
    /// The second-level node for the prefix <paramref name="c1"/><paramref name="c2"/> (a null reference when it is
    /// not in FREQ). Second characters fan out widely (hundreds to thousands of children under common characters)
    /// and every DAG walk takes that step, so it is a hash of the character pair rather than a binary search, and
    /// the entry holds the node's record itself: the step touches one cache line instead of two.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly PairEntry Pair(char c1, char c2)
    {
        var key = (uint)c1 << 16 | c2;
        var mask = _pairs.Length - 1;
        ref var pairs = ref MemoryMarshal.GetArrayDataReference(_pairs);
        for (var i = (int)((key * 0x9E3779B1u) >> _pairShift); ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref Unsafe.Add(ref pairs, i);
            if (entry.Key == key) return ref entry;
            if (entry.Key == 0) return ref Unsafe.NullRef<PairEntry>();
        }
    }

    /// <summary>
    /// Starts loading the pair-table slot of <paramref name="c1"/><paramref name="c2"/> into the cache: the table is
    /// megabytes, so a route step that waits for it stalls on memory; issued a few positions ahead, the load overlaps
    /// the work in between.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void PrefetchPair(char c1, char c2)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
        var key = (uint)c1 << 16 | c2;
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_pairs), (int)((key * 0x9E3779B1u) >> _pairShift));
        System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref slot));
    }

    // Open addressing, at most half full; key 0 marks an empty slot (no pair is U+0000 U+0000).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (PairEntry[] Table, int Shift) BuildPairs(char[] edge, NodeInfo[] nodes, int firstLevelEnd)
    {
        var count = 0;
        for (var n = 1; n < firstLevelEnd; n++) count += nodes[n].ChildCount;
        var bits = 4;
        while (1 << bits < 2 * count) bits++;
        var table = new PairEntry[1 << bits];
        var shift = 32 - bits;
        var mask = table.Length - 1;
        for (var n = 1; n < firstLevelEnd; n++)
        {
            var first = nodes[n].First;
            for (var child = first; child < first + nodes[n].ChildCount; child++)
            {
                var key = (uint)edge[n] << 16 | edge[child];
                var i = (int)((key * 0x9E3779B1u) >> shift);
                while (table[i].Key != 0) i = (i + 1) & mask;
                table[i] = new PairEntry(key, child, nodes[child]);
            }
        }
        return (table, shift);
    }

    /// <summary>A second-level node in the pair table: its key, its index and a copy of its record.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    internal readonly struct PairEntry(uint key, int node, NodeInfo info)
    {
        /// <summary>First character &lt;&lt; 16 | second character.</summary>
        public readonly uint Key = key;

        /// <summary>The node's index.</summary>
        public readonly int Node = node;

        /// <summary>The node's record.</summary>
        public readonly NodeInfo Info = info;
    }

    /// <summary>The node for <paramref name="word"/>, or -1 when it is not in FREQ.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return -1;
        var node = Root(word[0]);
        for (var i = 1; i < word.Length && node >= 0; i++) node = Child(node, word[i]);
        return node;
    }

    /// <summary>Reads the converter's resource (see tools/jieba-convert/convert.py for the layout).</summary>
    // Fully optimized from the first call: this runs once, so tiered JIT would leave it in slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PrefixTrie Load(Stream compressed)
    {
        var data = GzipResource.Decompress(compressed);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Big-endian platforms are not supported.");
        var r = new SpanReader(data);
        if (!r.Bytes(4).SequenceEqual("GTJD"u8) || r.UInt32() != 2)
            throw new InvalidDataException("The embedded jieba dictionary has an unknown format.");
        var nodes = (int)r.UInt32();
        var wordCount = (int)r.UInt32();
        var total = r.Int64();
        var tagNames = new string[r.UInt32() + 1];
        tagNames[0] = "";
        for (var i = 1; i < tagNames.Length; i++) tagNames[i] = Encoding.ASCII.GetString(r.Bytes(r.Byte()));

        // Nodes arrive level by level with each node's children contiguous, so every array is one sequential pass.
        var edge = new char[nodes];
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(r.Bytes((nodes - 1) * 2)).CopyTo(edge.AsSpan(1));
        var childCount = new int[nodes];
        var next = 1;
        for (var n = 0; n < nodes; n++)
        {
            childCount[n] = (int)r.VarUInt();
            next += childCount[n];
        }
        if (next != nodes) throw new InvalidDataException("The embedded jieba dictionary is corrupt.");

        // Only about 5,000 distinct frequencies occur, so each log is computed once (Math.Log is the
        // C library's log, as Python's math.log is, which keeps the route's arithmetic identical).
        var freq = new int[nodes];
        var logFreq = new double[nodes];
        var logCache = new double[1 << 16];
        for (var n = 0; n < nodes; n++)
        {
            var f = checked((int)r.VarUInt());
            freq[n] = f;
            if (f <= 1) continue;
            if (f < logCache.Length)
            {
                var cached = logCache[f];
                logFreq[n] = cached != 0.0 ? cached : (logCache[f] = Math.Log(f));
            }
            else
            {
                logFreq[n] = Math.Log(f);
            }
        }
        var tags = r.Bytes(nodes).ToArray();

        var info = new NodeInfo[nodes];
        next = 1;
        for (var n = 0; n < nodes; n++)
        {
            info[n] = new NodeInfo(logFreq[n], next, childCount[n], freq[n] > 0);
            next += childCount[n];
        }

        var root = new int[65536];
        Array.Fill(root, -1);
        for (var k = 0; k < childCount[0]; k++) root[edge[1 + k]] = 1 + k;
        return new PrefixTrie(root, edge, info, freq, logFreq, tags, tagNames, total, wordCount);
    }

    /// <summary>The node fields a DAG step reads, packed so one step touches one cache line.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
    internal readonly struct NodeInfo(double logFreq, int first, int childCount, bool isWord)
    {
        /// <summary><c>log(FREQ or 1)</c>.</summary>
        public readonly double LogFreq = logFreq;

        /// <summary>Index of the first child in level order.</summary>
        public readonly int First = first;

        private readonly int _meta = childCount << 1 | (isWord ? 1 : 0);

        /// <summary>Number of children.</summary>
        public int ChildCount => _meta >> 1;

        /// <summary>True when FREQ is positive (the node is in jieba's DAG).</summary>
        public bool IsWord => (_meta & 1) != 0;
    }

    /// <summary>Sequential little-endian reader over the decompressed resource.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _pos;

        public ReadOnlySpan<byte> Bytes(int n)
        {
            var s = _data.Slice(_pos, n);
            _pos += n;
            return s;
        }

        public byte Byte() => _data[_pos++];

        public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4));

        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Bytes(8));

        // Called a million times while loading, from a method compiled fully optimized; tier-0 code here would cost more than the load.
        [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
        public ulong VarUInt()
        {
            ulong v = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = _data[_pos++];
                v |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return v;
            }
        }
    }
}
