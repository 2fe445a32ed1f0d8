using GovText.Core.Comparison;
using GovText.Core.Pipeline;

namespace GovText.Core.Results;

/// <summary>
/// The starting stage of a run on an earlier run's results (<c>compare --from</c>, <c>plot --from</c>, <c>merge</c>):
/// reads the folder's count tables back into the <see cref="CountAccumulator"/> the document pass would have filled
/// (<see cref="CountReplay"/>), so the stages after it run exactly as on a fresh count.
/// </summary>
/// <param name="folder">The results folder to read.</param>
/// <param name="options">The comparisons the counts are read for.</param>
public sealed class ReadCountsStage(string folder, ComparisonOptions options) : ICorpusStage
{
    /// <inheritdoc/>
    public string Name => "read counts";

    /// <inheritdoc/>
    public string Title => "Reading the count tables";

    /// <inheritdoc/>
    /// <exception cref="Errors.ConfigurationException">The folder or a table is missing or malformed.</exception>
    public CorpusResults Run(CorpusResults input, IProgress<StageProgress>? progress)
    {
        progress?.Report(new(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), 0, 1));
        var counts = CountReplay.Replay(folder, options);
        progress?.Report(new("done", 1, 1));
        return input with { Counts = counts };
    }
}
