using GovText.Core.Errors;

namespace GovText.Core.Comparison;

/// <summary>
/// Which documents are the target and which the reference. The reference is every other document unless a
/// reference filter is given; documents whose filter column is empty (or non-numeric for a range) are on neither side.
/// </summary>
public sealed class KeynessSides
{
    private readonly Dictionary<string, bool> _side;

    private KeynessSides(Dictionary<string, bool> side, IReadOnlyList<string> undecided)
    {
        _side = side;
        Undecided = undecided;
    }

    /// <summary>Documents on neither side because a filter could not decide (empty or non-numeric value).</summary>
    public IReadOnlyList<string> Undecided { get; }

    /// <summary>Number of target documents.</summary>
    public int TargetCount => _side.Values.Count(v => v);

    /// <summary>Number of reference documents.</summary>
    public int ReferenceCount => _side.Values.Count(v => !v);

    /// <summary>True for target, false for reference, null for neither.</summary>
    public bool? SideOf(string docId) => _side.TryGetValue(docId, out var s) ? s : null;

    /// <summary>Splits the documents of <paramref name="tables"/>.</summary>
    /// <exception cref="ConfigurationException">Unknown column, overlapping target and reference, or an empty side.</exception>
    public static KeynessSides Select(CountTables tables, DocumentFilter target, DocumentFilter? reference)
    {
        target.Validate(tables.DocumentColumns, "--target");
        reference?.Validate(tables.DocumentColumns, "--reference");
        var side = new Dictionary<string, bool>(StringComparer.Ordinal);
        var undecided = new List<string>();
        var overlap = new List<string>();
        foreach (var d in tables.Documents)
        {
            var inTarget = target.Evaluate(d);
            var inReference = reference is null ? (inTarget is null ? null : !inTarget) : reference.Evaluate(d);
            if (inTarget == true && inReference == true) overlap.Add(d.DocId);
            else if (inTarget == true) side[d.DocId] = true;
            else if (inReference == true) side[d.DocId] = false;
            else if (inTarget is null || (reference is not null && inReference is null)) undecided.Add(d.DocId);
        }
        if (overlap.Count > 0)
            throw new ConfigurationException(
                $"--target '{target.Text}' and --reference '{reference!.Text}' both select {Ids(overlap)}; the two sides must not overlap");
        var result = new KeynessSides(side, undecided);
        if (result.TargetCount == 0)
            throw new ConfigurationException($"--target '{target.Text}' selects no document");
        if (result.ReferenceCount == 0)
            throw new ConfigurationException(reference is null
                ? $"--target '{target.Text}' selects every document; nothing is left for the reference"
                : $"--reference '{reference.Text}' selects no document");
        return result;
    }

    internal static string Ids(IReadOnlyList<string> ids) =>
        ids.Count <= 5 ? string.Join(", ", ids) : string.Join(", ", ids.Take(5)) + $" and {ids.Count - 5} more";
}
