namespace GovText.Core.Pipeline;

/// <summary>
/// A stage that runs once on the whole corpus, after the document pass: it takes what the stages before it produced
/// (the counts, then the comparison, ...) and returns that with its own output, files and messages added. Comparing,
/// drawing charts, fitting whole-corpus models and writing the report all have this one shape; <see cref="CorpusStages"/>
/// runs them in order.
/// </summary>
public interface ICorpusStage
{
    /// <summary>A short name, for run.json's timings (e.g. "compare").</summary>
    string Name { get; }

    /// <summary>What the stage does, for a progress display (e.g. "Comparing").</summary>
    string Title { get; }

    /// <summary>Runs the stage on <paramref name="input"/>, writing into its <see cref="CorpusResults.OutDir"/>.</summary>
    /// <param name="input">What the earlier stages produced.</param>
    /// <param name="progress">Told each step as it starts, or null.</param>
    /// <returns><paramref name="input"/> with this stage's output, files, warnings and notes added.</returns>
    /// <exception cref="Errors.ConfigurationException">The stage cannot run on this input (exit code 2).</exception>
    CorpusResults Run(CorpusResults input, IProgress<StageProgress>? progress);
}
