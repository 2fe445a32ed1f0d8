using GovText.Core.Comparison;

namespace GovText.Core.Pipeline;

/// <summary>
/// What crosses from one <see cref="ICorpusStage"/> to the next: the results folder being written, what each stage so
/// far produced, and every file, warning and note in the order the stages added them.
/// </summary>
/// <param name="OutDir">The folder the stages write into.</param>
public sealed record CorpusResults(string OutDir)
{
    /// <summary>The counts: filled by the document pass, or read back from a results folder (<see cref="Results.ReadCountsStage"/>).</summary>
    public CountAccumulator? Counts { get; init; }

    /// <summary>The comparison tables (<see cref="ComparisonStage"/>), or null before it ran.</summary>
    public ComparedCounts? Comparison { get; init; }

    /// <summary>The chart run (<see cref="ChartsStage"/>), or null when charts were not drawn.</summary>
    public ChartStageResult? Charts { get; init; }

    /// <summary>Every file the stages wrote, in the order written.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Things the user should know (documents left out, charts skipped, font fallback); the CLI prints each once.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What the run applied that a reader of its tables must know (e.g. the stop-word list); the CLI prints them with the summary.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>This with <paramref name="files"/>, <paramref name="warnings"/> and <paramref name="notes"/> added after those already there.</summary>
    public CorpusResults Add(IEnumerable<string> files, IEnumerable<string>? warnings = null, IEnumerable<string>? notes = null) => this with
    {
        Files = [.. Files, .. files],
        Warnings = [.. Warnings, .. warnings ?? []],
        Notes = [.. Notes, .. notes ?? []],
    };
}
