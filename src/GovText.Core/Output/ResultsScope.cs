namespace GovText.Core.Output;

/// <summary>
/// Which of an earlier run's outputs a run replaces: a full run replaces the whole folder; <c>compare --from</c> keeps
/// the tables it reads; <c>plot</c> replaces only <c>charts/</c>. Entries are top-level names; folders end with <c>/</c>.
/// An earlier output in scope that the new run does not write is removed; one outside it is kept and listed again.
/// </summary>
public sealed record ResultsScope
{
    private readonly IReadOnlySet<string>? _only;
    private readonly IReadOnlySet<string> _keep;

    private ResultsScope(IReadOnlySet<string>? only, IReadOnlySet<string> keep)
    {
        _only = only;
        _keep = keep;
    }

    /// <summary>The run replaces everything an earlier run wrote.</summary>
    public static ResultsScope Whole { get; } = new(null, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The run replaces everything except these entries (the earlier outputs it reads).</summary>
    public static ResultsScope Except(params IEnumerable<string> entries) => new(null, new HashSet<string>(entries, StringComparer.Ordinal));

    /// <summary>The run replaces only these entries.</summary>
    public static ResultsScope Only(params IEnumerable<string> entries) =>
        new(new HashSet<string>(entries, StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>True when the run replaces the top-level entry <paramref name="entry"/> (<c>name</c> or <c>folder/</c>).</summary>
    public bool Replaces(string entry) => !_keep.Contains(entry) && (_only is null || _only.Contains(entry));
}
