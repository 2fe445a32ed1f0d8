namespace GovText.Core.RunRecords;

/// <summary>When a run started and finished, and how long each stage took: run.json's <c>timings</c> section.</summary>
/// <param name="Started">Start (UTC).</param>
/// <param name="Finished">End, before the outputs were moved into place (UTC).</param>
/// <param name="Stages">Stage durations in the order the stages ran.</param>
public sealed record RunTimings(DateTimeOffset Started, DateTimeOffset Finished, IReadOnlyList<(string Stage, TimeSpan Duration)> Stages);
