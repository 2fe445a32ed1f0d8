using GovText.Core.Pipeline;

namespace GovText.Report;

/// <summary>
/// The report stage, last after the document pass (<see cref="CorpusStages.Report"/>): writes <c>report.html</c>, one
/// page describing the results folder the stages before it wrote (<see cref="CorpusResults.OutDir"/>).
/// </summary>
/// <param name="options">The report's options, asked for when the stage runs (so that the run record it shows is as
/// complete as it can be), or null for the defaults.</param>
/// <param name="outFile">The file to write, or null for <c>report.html</c> in the results folder.</param>
public sealed class ReportStage(Func<ReportOptions>? options = null, string? outFile = null) : ICorpusStage
{
    /// <inheritdoc/>
    public string Name => "report";

    /// <inheritdoc/>
    public string Title => "Writing the report";

    /// <inheritdoc/>
    /// <exception cref="Core.Errors.ConfigurationException">The folder lacks the count tables, or a file cannot be read.</exception>
    public CorpusResults Run(CorpusResults input, IProgress<StageProgress>? progress)
    {
        var file = outFile ?? Path.Combine(input.OutDir, HtmlReport.FileName);
        HtmlReport.Write(input.OutDir, file, options?.Invoke());
        return input.Add([file]);
    }
}
