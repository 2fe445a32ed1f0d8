namespace GovText.Core.Comparison;

/// <summary>What a comparison or plot run wrote.</summary>
/// <param name="Files">Every file written, in the order written.</param>
/// <param name="Warnings">Things the user should know (documents left out, charts skipped, font fallback); the CLI prints each once.</param>
/// <param name="Charts">The chart run, or null when charts were not drawn.</param>
public sealed record ComparisonResult(IReadOnlyList<string> Files, IReadOnlyList<string> Warnings, ChartStageResult? Charts)
{
    /// <summary>What the run applied that a reader of its tables must know (e.g. the stop-word list); the CLI prints them with the summary.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
