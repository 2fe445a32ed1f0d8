// The report's in-memory code before issue 10's streaming summary, kept only as the reference the streamed report is
// compared with (LegacyEquivalenceTests).
using GovText.Report.Rendering;

namespace GovText.Report.Tests.Legacy;

internal static class LegacyReport
{
    public static string Render(string resultsDir, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        var model = ReportBuilder.Build(ResultsFolder.Read(resultsDir, options.RunRecord), options, [HtmlReport.FileName]);
        var html = ReportTemplate.Render(model);
        return ReportTemplate.Render(model with { FontFaceCss = WebFont.Css(options.Font, html) });
    }
}
