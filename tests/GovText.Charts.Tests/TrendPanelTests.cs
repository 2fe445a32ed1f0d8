using GovText.Charts;
using GovText.Tests;

namespace GovText.Charts.Tests;

/// <summary>The trend chart's small multiples: axes labels that stay inside their panel.</summary>
public sealed class TrendPanelTests
{
    [Fact]
    public void Small_multiples_leave_out_year_labels_that_would_run_into_the_next_panel()
    {
        // The synthetic years 1993–2025 moved to 1920–1952: the panels span 1919–1953, so a label at 1920 would be
        // centred one year from the panel's left edge and run into the panel beside it.
        var data = ChartRendererTests.SyntheticChartData();
        data = data with
        {
            YearRows = data.YearRows.Select(r => r with { Group = (int.Parse(r.Group, System.Globalization.CultureInfo.InvariantCulture) - 73).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList(),
        };
        using var dir = TestEnvironment.CreateTempDir();
        var trend = Assert.Single(ChartRenderer.RenderAll(data, new ChartOptions(), dir.Path).Charts, c => c.Name == "concept_trends");

        Assert.Contains("1930", trend.DrawnStrings);
        Assert.Contains("1940", trend.DrawnStrings);
        Assert.DoesNotContain("1920", trend.DrawnStrings);
    }
}
