using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GovText.Segmentation.Internal;

/// <summary>
/// The words a user added or deleted, as a small trie layered over the shared base dictionary.
/// A node "has a value" when FREQ holds it because of the user (the word itself, or a prefix FREQ
/// did not hold before); otherwise FREQ's value comes from the base trie.
/// </summary>
/// <remarks>
/// The route asks at every position of every Han block whether a user word starts there, so that question is one bit
/// of a 64K-bit table (8 KB, cheap to clone per edit), and positions where the answer is no never touch the overlay.
/// Edges are an open-addressing hash of (parent, character) in flat arrays: a step is one multiply and usually one
/// probe of a table that fits in cache, where a <see cref="Dictionary{TKey, TValue}"/> costs a comparer call, a
/// modulo and two dependent loads. Words arrive one at a time (add_word between cuts), so the structure grows in
/// place rather than being compiled once.
/// </remarks>
internal sealed class UserOverlay
{
    private const int MinBits = 4;

    private readonly ulong[] _startBits;
    private Edge[] _edges;
    private int _edgeShift;
    private int _edgeCount;
    private Value[] _values;

    public UserOverlay()
    {
        _startBits = new ulong[65536 / 64];
        _edges = new Edge[1 << MinBits];
        _edgeShift = 64 - MinBits;
        _values = new Value[16];
        Count = 1;
    }

    private UserOverlay(UserOverlay other)
    {
        _startBits = (ulong[])other._startBits.Clone();
        _edges = (Edge[])other._edges.Clone();
        _edgeShift = other._edgeShift;
        _edgeCount = other._edgeCount;
        _values = (Value[])other._values.Clone();
        Count = other.Count;
    }

    /// <summary>Number of nodes including the root (0).</summary>
    public int Count { get; private set; }

    /// <summary>An independent copy, so a published overlay is never mutated under a reader.</summary>
    public UserOverlay Clone() => new(this);

    /// <summary>True when some user word (or deleted word) starts with <paramref name="c"/>: the root has a child for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Starts(char c) =>
        (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_startBits), c >> 6) & (1UL << c)) != 0;

    /// <summary>The child of <paramref name="node"/> reached by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node == 0 && !Starts(c)) return -1;
        var key = Key(node, c);
        var edges = _edges;
        var mask = edges.Length - 1;
        ref var table = ref MemoryMarshal.GetArrayDataReference(edges);
        for (var i = Slot(key, _edgeShift); ; i = (i + 1) & mask)
        {
            ref readonly var edge = ref Unsafe.Add(ref table, i);
            if (edge.Key == key) return edge.Child;
            if (edge.Key == 0) return -1;
        }
    }

    /// <summary>
    /// For a position whose first character <see cref="Starts"/> a user word: true when FREQ differs from the base trie's
    /// for some prefix of <paramref name="block"/>[<paramref name="idx"/>..<paramref name="n"/>), i.e. the overlay's
    /// node for the first character has a value or a child for the second.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool ChangesRoute(ref readonly char block, int idx, int n)
    {
        var node = Child(0, Unsafe.Add(ref Unsafe.AsRef(in block), idx));
        return ValueOf(node).Has || (idx + 1 < n && Child(node, Unsafe.Add(ref Unsafe.AsRef(in block), idx + 1)) >= 0);
    }

    /// <summary>True when FREQ's value for this node comes from the overlay.</summary>
    public bool Has(int node) => _values[node].Has;

    /// <summary>The overlay's FREQ value for a node that <see cref="Has"/> one.</summary>
    public int Freq(int node) => _values[node].Freq;

    /// <summary><c>log(FREQ or 1)</c> for the node.</summary>
    public double LogFreq(int node) => _values[node].LogFreq;

    /// <summary>The node's value record, read by the route's walk (index checked by the caller's walk only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly Value ValueOf(int node) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), node);

    /// <summary>The child for <paramref name="c"/>, created without a value when missing.</summary>
    public int GetOrAddChild(int node, char c)
    {
        var child = Child(node, c);
        if (child >= 0) return child;
        if (Count == _values.Length) Array.Resize(ref _values, Count * 2);
        child = Count++;
        // At most half full, so every probe sequence ends at an empty slot.
        if (2 * (_edgeCount + 1) > _edges.Length) Grow();
        Insert(_edges, _edgeShift, Key(node, c), child);
        _edgeCount++;
        if (node == 0) _startBits[c >> 6] |= 1UL << c;
        return child;
    }

    /// <summary>Sets FREQ for the node's string.</summary>
    public void Set(int node, int freq) => _values[node] = new Value(freq > 0 ? Math.Log(freq) : 0.0, freq, true);

    private void Grow()
    {
        var old = _edges;
        _edges = new Edge[old.Length * 2];
        _edgeShift--;
        foreach (var edge in old)
            if (edge.Key != 0) Insert(_edges, _edgeShift, edge.Key, edge.Child);
    }

    private static void Insert(Edge[] edges, int shift, ulong key, int child)
    {
        var mask = edges.Length - 1;
        var i = Slot(key, shift);
        while (edges[i].Key != 0) i = (i + 1) & mask;
        edges[i] = new Edge(key, child);
    }

    // Fibonacci hashing: the top bits of the product mix every bit of the key.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    // Parent + 1 keeps every key non-zero, so 0 can mark an empty slot (U+0000 under the root included).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int node, char c) => ((ulong)(uint)(node + 1) << 16) | c;

    private readonly record struct Edge(ulong Key, int Child);

    /// <summary>A node's FREQ value as the overlay holds it.</summary>
    /// <param name="LogFreq"><c>log(FREQ or 1)</c>.</param>
    /// <param name="Freq">The FREQ value (0 for a prefix jieba added, or a deleted word).</param>
    /// <param name="Has">True when FREQ's value comes from the overlay rather than the base trie.</param>
    internal readonly record struct Value(double LogFreq, int Freq, bool Has);
}
