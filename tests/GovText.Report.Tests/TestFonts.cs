namespace GovText.Report.Tests;

/// <summary>The CJK font the report tests embed: the chart font GovText ships, so no installed font is needed.</summary>
internal static class TestFonts
{
    public static ReportFont Cjk => ReportFont.ChartFont;
}
