namespace GovText.Core.Comparison;

/// <summary>
/// Draws the comparison charts. Implemented by GovText.Charts (ScottPlot, SkiaSharp), so that Core and everything built
/// on it carry no graphics dependency; the CLI passes one in <see cref="ComparisonOptions.Charts"/>, and the chart stage
/// (<see cref="ChartsStage"/>) hands it the <see cref="ChartData"/> it builds from the comparison.
/// </summary>
public interface IChartRenderer
{
    /// <summary>Fails with a <see cref="Errors.ConfigurationException"/> on options no chart can be drawn with, before any work.</summary>
    void Validate();

    /// <summary>Draws every chart <paramref name="data"/> allows into <paramref name="folder"/>.</summary>
    ChartStageResult Draw(ChartData data, string folder);
}
