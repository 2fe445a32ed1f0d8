namespace GovText.Report.Tests;

/// <summary>The CJK font the report tests embed.</summary>
internal static class TestFonts
{
    private const string NotoCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /// <summary>Noto Sans CJK SC (face 2 of Debian's fonts-noto-cjk collection).</summary>
    public static ReportFont Cjk => new("Noto Sans CJK SC", File.ReadAllBytes(NotoCjk), FaceIndex: 2);
}
