namespace GovText.Segmentation.Internal;

/// <summary>
/// The words a user added or deleted, as a small trie layered over the shared base dictionary.
/// A node "has a value" when FREQ holds it because of the user (the word itself, or a prefix FREQ
/// did not hold before); otherwise FREQ's value comes from the base trie.
/// </summary>
internal sealed class UserOverlay
{
    private readonly Dictionary<long, int> _children;
    private int[] _freq;
    private double[] _logFreq;
    private bool[] _has;

    public UserOverlay()
    {
        _children = [];
        _freq = new int[16];
        _logFreq = new double[16];
        _has = new bool[16];
        Count = 1;
    }

    private UserOverlay(UserOverlay other)
    {
        _children = new Dictionary<long, int>(other._children);
        _freq = (int[])other._freq.Clone();
        _logFreq = (double[])other._logFreq.Clone();
        _has = (bool[])other._has.Clone();
        Count = other.Count;
    }

    /// <summary>Number of nodes including the root (0).</summary>
    public int Count { get; private set; }

    /// <summary>An independent copy, so a published overlay is never mutated under a reader.</summary>
    public UserOverlay Clone() => new(this);

    /// <summary>The child of <paramref name="node"/> reached by <paramref name="c"/>, or -1.</summary>
    public int Child(int node, char c) => _children.TryGetValue(Key(node, c), out var child) ? child : -1;

    /// <summary>True when FREQ's value for this node comes from the overlay.</summary>
    public bool Has(int node) => _has[node];

    /// <summary>The overlay's FREQ value for a node that <see cref="Has"/> one.</summary>
    public int Freq(int node) => _freq[node];

    /// <summary><c>log(FREQ or 1)</c> for the node.</summary>
    public double LogFreq(int node) => _logFreq[node];

    /// <summary>The child for <paramref name="c"/>, created without a value when missing.</summary>
    public int GetOrAddChild(int node, char c)
    {
        var key = Key(node, c);
        if (_children.TryGetValue(key, out var child)) return child;
        if (Count == _freq.Length)
        {
            Array.Resize(ref _freq, Count * 2);
            Array.Resize(ref _logFreq, Count * 2);
            Array.Resize(ref _has, Count * 2);
        }
        child = Count++;
        _children.Add(key, child);
        return child;
    }

    /// <summary>Sets FREQ for the node's string.</summary>
    public void Set(int node, int freq)
    {
        _has[node] = true;
        _freq[node] = freq;
        _logFreq[node] = freq > 0 ? Math.Log(freq) : 0.0;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
