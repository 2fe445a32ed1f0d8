namespace GovText.Core.Comparison;

/// <summary>
/// How many documents share a condition (no group value, on neither keyness side, …) and the ordinally smallest few of
/// their ids for the message: bounded memory however many there are, and independent of the order documents arrive
/// in, so it adds up like the rest of <see cref="CountAccumulator"/>.
/// </summary>
public sealed class IdSample
{
    /// <summary>How many ids a message shows.</summary>
    public const int Shown = 5;

    private readonly SortedSet<string> _first = new(StringComparer.Ordinal);

    /// <summary>Documents counted.</summary>
    public int Count { get; private set; }

    /// <summary>The <see cref="Shown"/> ordinally smallest ids, in ordinal order.</summary>
    public IReadOnlyList<string> First => [.. _first];

    /// <summary>Counts one document.</summary>
    public void Add(string docId)
    {
        Count++;
        Keep(docId);
    }

    /// <summary>Adds the documents of <paramref name="other"/> (other documents than these).</summary>
    public void Merge(IdSample other)
    {
        Count += other.Count;
        foreach (var id in other._first) Keep(id);
    }

    /// <summary>"a, b, c" or "a, b, c, d, e and 7 more".</summary>
    public override string ToString() =>
        Count <= Shown ? string.Join(", ", _first) : string.Join(", ", _first) + $" and {Count - Shown} more";

    private void Keep(string id)
    {
        _first.Add(id);
        if (_first.Count > Shown) _first.Remove(_first.Max!);
    }
}
