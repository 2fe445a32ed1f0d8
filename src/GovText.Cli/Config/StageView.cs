using GovText.Core.Pipeline;

namespace GovText.Cli.Config;

/// <summary>How a command watches Core's stages: each is timed for run.json (when there is a run record) and its progress drawn.</summary>
/// <param name="progress">Where progress is drawn (nothing with --quiet or off a terminal).</param>
/// <param name="run">The run record the stages' durations go into, or null (report --from writes no run.json).</param>
internal sealed class StageView(ProgressView progress, RecordedRun? run = null) : IStageMonitor
{
    /// <inheritdoc/>
    public T Documents<T>(string name, int files, Func<Action, T> pass) =>
        Timed(name, () => progress.Count($"Reading documents ({name})", files, pass));

    /// <inheritdoc/>
    public T Stage<T>(ICorpusStage stage, Func<IProgress<StageProgress>?, T> work) =>
        Timed(stage.Name, () => progress.Run(stage.Title, work));

    private T Timed<T>(string name, Func<T> work) => run is null ? work() : run.Stage(name, work);
}
