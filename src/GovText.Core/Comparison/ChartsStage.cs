using GovText.Core.Pipeline;
using GovText.Core.Results;

namespace GovText.Core.Comparison;

/// <summary>
/// The chart stage: builds the <see cref="ChartData"/> from the counts and the comparison and hands it to the
/// <see cref="IChartRenderer"/> (GovText.Charts), which draws into <c>OUT/charts/</c>.
/// </summary>
/// <param name="renderer">Draws the charts.</param>
public sealed class ChartsStage(IChartRenderer renderer) : ICorpusStage
{
    /// <summary>The renderer the charts are drawn with.</summary>
    public IChartRenderer Renderer => renderer;

    /// <inheritdoc/>
    public string Name => "charts";

    /// <inheritdoc/>
    public string Title => "Drawing charts";

    /// <inheritdoc/>
    /// <exception cref="Errors.ConfigurationException">Options no chart can be drawn with.</exception>
    public CorpusResults Run(CorpusResults input, IProgress<StageProgress>? progress)
    {
        var counts = input.Counts ?? throw new ArgumentException("the charts need the counts", nameof(input));
        var compared = input.Comparison ?? throw new ArgumentException("the charts need the comparison", nameof(input));
        renderer.Validate();
        progress?.Report(new("charts", 0, 1));
        var charts = renderer.Draw(Data(counts, compared), Path.Combine(input.OutDir, ResultFiles.ChartsFolder));
        progress?.Report(new("done", 1, 1));
        return input.Add(charts.Files, charts.Warnings) with { Charts = charts };
    }

    /// <summary>What the charts draw, from the counts and the comparison tables.</summary>
    public static ChartData Data(CountAccumulator counts, ComparedCounts compared)
    {
        var options = counts.Options;
        var groupRows = compared.GroupRows;
        IReadOnlyList<ConceptGroupRow> yearRows = [];
        if (counts.DocumentColumns.Contains("year", StringComparer.Ordinal))
        {
            // Only numeric years can sit on a time axis; a value like "n.d." stays in the tables but not in the trend.
            var rows = counts.YearGroups is { } years ? years.Rows(counts.Concepts, counts.Languages) : groupRows;
            yearRows = rows.Where(r => GroupOrder.TryNumber(r.Group, out _)).ToList();
        }
        // Charts draw each concept's own matches; category totals only when asked for (and then titled so).
        if (options.RollUp)
        {
            groupRows = groupRows.Select(r => r.AsRolledUp()).ToList();
            yearRows = yearRows.Select(r => r.AsRolledUp()).ToList();
        }
        return new ChartData(counts.Concepts, options.By, groupRows, yearRows, compared.ConceptKeyness, compared.WordKeyness,
            compared.KeynessDescription, compared.Cooccurrence, counts.MatchesPerConcept)
        {
            RolledUp = options.RollUp,
            KeynessCorrection = options.KeynessCorrection,
            WordFilters = compared.WordFilters,
        };
    }
}
