using GovText.Core.Output;
using GovText.Report.Building;
using GovText.Report.Rendering;
using GovText.Report.Results;

namespace GovText.Report;

/// <summary>
/// <c>report.html</c>: one self-contained page (no external request, no script needed) describing a results folder:
/// what was run, the corpus, concepts, trends and keyness, co-occurrence, topics, concordance lines, warnings, methods.
/// The same folder gives the same bytes.
/// </summary>
public static class HtmlReport
{
    /// <summary>The report's file name in a results folder.</summary>
    public const string FileName = ReportBuilder.ReportFile;

    /// <summary>Builds the report of <paramref name="resultsDir"/> as an HTML string.</summary>
    /// <exception cref="Core.Errors.ConfigurationException">The folder lacks the count tables, or a file cannot be read.</exception>
    public static string Render(string resultsDir, ReportOptions? options = null) => Render(resultsDir, options, null);

    private static string Render(string resultsDir, ReportOptions? options, string? outFile)
    {
        options ??= new ReportOptions();
        // Neither report.html nor the file being written is one of the results the report describes.
        var excluded = new List<string> { FileName };
        if (outFile is not null && string.Equals(Path.GetDirectoryName(Path.GetFullPath(outFile)), Path.GetFullPath(resultsDir).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            excluded.Add(Path.GetFileName(outFile));
        var model = ReportBuilder.Build(ResultsFolder.Read(resultsDir, options), options, excluded);
        var html = ReportTemplate.Render(model);
        // The font subset holds exactly the characters of the page, so it is cut from a first rendering.
        return ReportTemplate.Render(model with { FontFaceCss = WebFont.Css(options.Font, html) });
    }

    /// <summary>Writes the report of <paramref name="resultsDir"/> to <paramref name="outFile"/> atomically; returns its size in bytes.</summary>
    /// <exception cref="Core.Errors.ConfigurationException">The folder lacks the count tables, or a file cannot be read.</exception>
    public static long Write(string resultsDir, string outFile, ReportOptions? options = null)
    {
        var html = Render(resultsDir, options, outFile);
        AtomicFile.WriteAllText(outFile, html);
        return new FileInfo(outFile).Length;
    }
}
