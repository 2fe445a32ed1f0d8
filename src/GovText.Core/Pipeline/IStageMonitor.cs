namespace GovText.Core.Pipeline;

/// <summary>
/// Watches a workflow's stages as they run: a caller that times them (run.json) or shows their progress implements it;
/// Core only calls it. Each method must run the work it is given exactly once and return its result.
/// </summary>
public interface IStageMonitor
{
    /// <summary>Runs the document pass; <paramref name="pass"/> calls the action it is given once per file done.</summary>
    /// <param name="name">The document stages, e.g. "ingest and count".</param>
    /// <param name="files">Files in the pass.</param>
    /// <param name="pass">The pass.</param>
    T Documents<T>(string name, int files, Func<Action, T> pass);

    /// <summary>Runs one <see cref="ICorpusStage"/>; <paramref name="run"/> takes the progress to report its steps to (or null).</summary>
    T Stage<T>(ICorpusStage stage, Func<IProgress<StageProgress>?, T> run);
}
