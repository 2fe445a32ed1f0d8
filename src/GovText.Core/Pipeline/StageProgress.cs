namespace GovText.Core.Pipeline;

/// <summary>
/// How far a long stage is, for a progress display: <paramref name="Done"/> of <paramref name="Total"/> steps, the
/// current one named. Stages report through an <see cref="IProgress{T}"/> the caller passes (or null for none);
/// Core never writes to a console.
/// </summary>
/// <param name="Step">What the stage is doing now (e.g. "keyness", "charts").</param>
/// <param name="Done">Steps finished.</param>
/// <param name="Total">Steps in all.</param>
public sealed record StageProgress(string Step, int Done, int Total);
