using GovText.Core.Pipeline;

namespace GovText.Cli.Commands;

/// <summary>
/// A whole-corpus model (topics, clusters) as a stage after the document pass: it fits on the tokens the pass collected
/// and writes into the same results folder, so its files are committed with the rest or not at all.
/// </summary>
/// <param name="fit">Fits into the folder it is given and returns the files it wrote.</param>
internal sealed class ModelStage(Func<string, IReadOnlyList<string>> fit) : ICorpusStage
{
    /// <inheritdoc/>
    public string Name => "model";

    /// <inheritdoc/>
    public string Title => "Fitting the model";

    /// <inheritdoc/>
    public CorpusResults Run(CorpusResults input, IProgress<StageProgress>? progress) => input.Add(fit(input.OutDir));
}
