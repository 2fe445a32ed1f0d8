using GovText.Core.Comparison;
using GovText.Core.Results;

namespace GovText.Core.Pipeline;

/// <summary>
/// The stages after the document pass, in the one order every command runs them: read the counts back (when they come
/// from a results folder, not from the pass), compare, draw charts, fit whole-corpus models, write the report. Each is
/// an <see cref="ICorpusStage"/> taking what the one before produced (<see cref="CorpusResults"/>). <c>analyze</c>,
/// <c>compare</c>, <c>compare --from</c>, <c>plot --from</c>, <c>report --from</c> and <c>merge</c> differ only in
/// where the counts come from and which stages are asked for.
/// </summary>
public sealed record CorpusStages
{
    /// <summary>Read the counts from this results folder first; null when they come from the document pass.</summary>
    public string? CountsFrom { get; init; }

    /// <summary>The comparisons to make (and, with <see cref="ComparisonOptions.Charts"/>, the charts to draw); null for none.</summary>
    public ComparisonOptions? Comparison { get; init; }

    /// <summary>Compare without writing the tables, only to draw charts (<see cref="ComparisonStage.ForCharts"/>: <c>plot --from</c>).</summary>
    public bool ChartsOnly { get; init; }

    /// <summary>Whole-corpus models (topics, clusters): after the charts, before the report; null for none.</summary>
    public ICorpusStage? Models { get; init; }

    /// <summary>The report on the finished results (GovText.Report): always last; null for none.</summary>
    public ICorpusStage? Report { get; init; }

    /// <summary>True when no stage is asked for.</summary>
    public bool IsEmpty => Comparison is null && Models is null && Report is null;

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<ICorpusStage> InOrder()
    {
        if (CountsFrom is not null && Comparison is null) throw new InvalidOperationException("reading counts back needs the comparison options to read them for");
        if (ChartsOnly && Comparison?.Charts is null) throw new InvalidOperationException("a charts-only comparison needs a chart renderer");
        var stages = new List<ICorpusStage>();
        if (CountsFrom is not null) stages.Add(new ReadCountsStage(CountsFrom, Comparison!));
        if (Comparison is not null)
        {
            stages.Add(ChartsOnly ? ComparisonStage.ForCharts(CountsFrom ?? throw new InvalidOperationException("a charts-only comparison reads an earlier run's tables")) : ComparisonStage.Tables);
            if (Comparison.Charts is { } renderer) stages.Add(new ChartsStage(renderer));
        }
        if (Models is not null) stages.Add(Models);
        if (Report is not null) stages.Add(Report);
        return stages;
    }

    /// <summary>Fails on options no stage could run with, before any work (a chart font that does not exist).</summary>
    /// <exception cref="Errors.ConfigurationException">A stage's options are unusable.</exception>
    public void Validate() => Comparison?.Charts?.Validate();

    /// <summary>
    /// The comparison (and charts, when its options have a renderer) of counts already accumulated, written into
    /// <paramref name="outDir"/>: the stages a fresh run adds after its document pass, for a library caller that filled
    /// the <see cref="CountAccumulator"/> itself.
    /// </summary>
    /// <exception cref="Errors.ConfigurationException">A comparison cannot be made (e.g. an empty keyness side).</exception>
    public static CorpusResults Compare(CountAccumulator counts, string outDir, IStageMonitor? monitor = null) =>
        new CorpusStages { Comparison = counts.Options }.Run(new CorpusResults(outDir) { Counts = counts }, monitor);

    /// <summary>Runs every stage in order on <paramref name="start"/>.</summary>
    /// <param name="start">What the stages start from: the results folder, and the counts when the document pass filled them.</param>
    /// <param name="monitor">Times the stages and shows their progress, or null.</param>
    /// <param name="cancellationToken">Checked between stages.</param>
    /// <exception cref="Errors.ConfigurationException">A stage cannot run (e.g. an empty keyness side).</exception>
    public CorpusResults Run(CorpusResults start, IStageMonitor? monitor = null, CancellationToken cancellationToken = default)
    {
        var stages = InOrder();
        Validate();
        var results = start;
        foreach (var stage in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = results;
            results = monitor is null ? stage.Run(input, null) : monitor.Stage(stage, progress => stage.Run(input, progress));
        }
        return results;
    }
}
