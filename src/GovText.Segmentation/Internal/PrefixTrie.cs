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
internal sealed unsafe class PrefixTrie
{
    /// <summary>The resource's name under Resources/.</summary>
    public const string ResourceName = "jieba-dict.bin";

    /// <summary>The resource's layout (GTJD v3: 28 header bytes, 7 parts).</summary>
    public static readonly ModelFormat Format = new(ResourceName, "GTJD", 3, 28, 7);

    // Every table points into the resource, which _resource keeps alive; nothing is copied at load.
    private readonly ModelResource _resource;
    private readonly int* _rootChildren;
    private readonly char* _edge;
    private readonly NodeInfo* _nodes;
    private readonly int* _freq;
    private readonly byte* _tagIndex;
    private readonly PairEntry* _pairs;
    private readonly int _nodeCount;
    private readonly int _firstLevelEnd;
    private readonly int _pairMask;
    private readonly int _pairShift;

    private PrefixTrie(ModelResource resource)
    {
        _resource = resource;
        var header = resource.Header;
        _nodeCount = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(header));
        WordCount = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(header[4..]));
        Total = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
        _firstLevelEnd = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(header[16..]));
        var pairBits = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
        var tagCount = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
        if (_nodeCount < 1 || _firstLevelEnd < 1 || _firstLevelEnd > _nodeCount || pairBits is < 1 or > 30 || tagCount > 254)
            throw resource.Corrupt();

        TagNames = ReadTagNames(resource, tagCount);
        _edge = resource.Part<char>(1, _nodeCount);
        _nodes = resource.Part<NodeInfo>(2, _nodeCount);
        _freq = resource.Part<int>(3, _nodeCount);
        _tagIndex = resource.Part<byte>(4, _nodeCount);
        _pairs = resource.Part<PairEntry>(5, 1 << pairBits);
        _rootChildren = resource.Part<int>(6, 65536);
        _pairMask = (1 << pairBits) - 1;
        _pairShift = 32 - pairBits;
        if (_nodes[0].ChildCount != _firstLevelEnd - 1) throw resource.Corrupt();
    }

    /// <summary>FREQ value per node: the word's frequency, 0 for a prefix that is not a word.</summary>
    public ReadOnlySpan<int> Freq => new(_freq, _nodeCount);

    /// <summary><c>log(FREQ or 1)</c> per node: the field of <see cref="Nodes"/>, indexed by node.</summary>
    public NodeLogFreqs LogFreq => new(_nodes);

    /// <summary>Index into <see cref="TagNames"/> per node (0, the empty name, for prefixes).</summary>
    public ReadOnlySpan<byte> TagIndex => new(_tagIndex, _nodeCount);

    /// <summary>The POS tags that occur in dict.txt.</summary>
    public string[] TagNames { get; }

    /// <summary>jieba's <c>total</c> after loading dict.txt (duplicates included).</summary>
    public long Total { get; }

    /// <summary>Number of dictionary words (without pure prefixes).</summary>
    public int WordCount { get; }

    /// <summary>Packed per-node data for the hot DAG walk.</summary>
    public ReadOnlySpan<NodeInfo> Nodes => new(_nodes, _nodeCount);

    /// <summary>The number of nodes.</summary>
    public int NodeCount => _nodeCount;

    /// <summary>The child of the root for <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Root(char c) => _rootChildren[c]; // 64K entries: any char

    /// <summary>The child of <paramref name="node"/> reached by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node < _firstLevelEnd)
        {
            ref readonly var pair = ref Pair(_edge[node], c);
            return Unsafe.IsNullRef(in pair) ? -1 : pair.Node;
        }
        ref readonly var info = ref _nodes[node];
        return Search(info.First, info.ChildCount, c);
    }

    /// <summary>The child reached by <paramref name="c"/> among the children <paramref name="first"/>.. of one node, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Search(int first, int count, char c)
    {
        var lo = first;
        var hi = first + count - 1;
        var edge = _edge;
        while (lo <= hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var e = edge[mid];
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
        var mask = _pairMask;
        var pairs = _pairs;
        for (var i = (int)((key * 0x9E3779B1u) >> _pairShift); ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref pairs[i];
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
    public void PrefetchPair(char c1, char c2)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
        var key = (uint)c1 << 16 | c2;
        System.Runtime.Intrinsics.X86.Sse.Prefetch0(_pairs + (int)((key * 0x9E3779B1u) >> _pairShift));
    }

    // The pair table is built by the converter: open addressing, at most half full; key 0 marks an empty slot (no pair
    // is U+0000 U+0000).

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

    /// <summary>Opens the embedded dictionary (see tools/jieba-convert/README.md for the layout).</summary>
    public static PrefixTrie LoadEmbedded() =>
        new(ModelResource.Open(Format));

    /// <summary>Reads a dictionary resource from a stream, used in place when the stream is the assembly's memory.</summary>
    /// <param name="resource">The converter's jieba-dict.bin; kept open while the trie is in use.</param>
    public static PrefixTrie Load(Stream resource) =>
        new(ModelResource.From(resource, Format));

    private static string[] ReadTagNames(ModelResource resource, int count)
    {
        var blob = resource.Bytes(0);
        var names = new string[count + 1];
        names[0] = "";
        var pos = 0;
        for (var i = 1; i < names.Length; i++)
        {
            if (pos >= blob.Length || pos + 1 + blob[pos] > blob.Length) throw resource.Corrupt();
            names[i] = Encoding.ASCII.GetString(blob.Slice(pos + 1, blob[pos]));
            pos += 1 + blob[pos];
        }
        return names;
    }

    /// <summary><c>log(FREQ or 1)</c> by node, read from the node records (no separate array).</summary>
    internal readonly struct NodeLogFreqs
    {
        private readonly NodeInfo* _nodes;

        internal NodeLogFreqs(NodeInfo* nodes) => _nodes = nodes;

        /// <summary>The value of <paramref name="node"/>, which must be a valid node index.</summary>
        /// <param name="node">A node index.</param>
        public double this[int node]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _nodes[node].LogFreq;
        }
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
}
