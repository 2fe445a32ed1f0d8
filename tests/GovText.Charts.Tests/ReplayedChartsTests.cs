using System.Text.RegularExpressions;
using GovText.Charts;
using GovText.Core.Comparison;
using GovText.Core.Pipeline;
using GovText.Core.Results;
using GovText.Tests;

namespace GovText.Charts.Tests;

public sealed class ReplayedChartsTests
{
    // The charts of a comparison replayed from a results folder (compare --from, plot --from) are those drawn while counting.
    [Fact]
    public void Replayed_and_fresh_charts_are_byte_identical()
    {
        using var fresh = TestEnvironment.CreateTempDir();
        using var replayed = TestEnvironment.CreateTempDir();
        var tables = SyntheticWorkReports.Tables();
        var options = new ComparisonOptions
        {
            By = "year",
            Target = DocumentFilter.Parse("year=2013..2025", "target"),
            Charts = new ChartRenderer(new ChartOptions { Width = 600, Height = 400 }),
        };
        tables.WriteTo(replayed.Path);

        var a = CorpusStages.Compare(tables.Accumulate(options), fresh.Path);
        var b = CorpusStages.Compare(CountReplay.Replay(replayed.Path, options), replayed.Path);

        Assert.Equal(a.Files.Select(f => Path.GetRelativePath(fresh.Path, f)), b.Files.Select(f => Path.GetRelativePath(replayed.Path, f)));
        Assert.Contains(a.Files, f => f.EndsWith(".png", StringComparison.Ordinal));
        foreach (var file in a.Files)
        {
            var name = Path.GetRelativePath(fresh.Path, file);
            Assert.True(Content(file).SequenceEqual(Content(Path.Combine(replayed.Path, name))), name + " differs");
        }
    }

    // SkiaSharp numbers SVG clip paths with a counter that runs on for the whole process: the second rendering in one
    // process gets other ids (two processes write the same bytes). The ids are renumbered in order of appearance.
    private static byte[] Content(string path) =>
        path.EndsWith(".svg", StringComparison.Ordinal)
            ? System.Text.Encoding.UTF8.GetBytes(RenumberClipPaths(File.ReadAllText(path)))
            : File.ReadAllBytes(path);

    private static string RenumberClipPaths(string svg)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return Regex.Replace(svg, "cl_[0-9a-f]+", m => "cl_" + (ids.TryGetValue(m.Value, out var n) ? n : ids[m.Value] = ids.Count));
    }
}
