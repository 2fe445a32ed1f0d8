namespace GovText.Charts.Tests;

/// <summary>
/// Font fixtures made by tools/chart-font/build.sh from Noto Sans CJK (OFL): the tests need no installed font.
/// </summary>
internal static class TestFonts
{
    /// <summary>Noto Sans CJK SC cut to printable ASCII: a font without Chinese glyphs.</summary>
    public static string LatinOnly => Path.Combine(AppContext.BaseDirectory, "Data", "fonts", "latin-only.otf");

    /// <summary>A collection of two faces, #0 Noto Sans CJK JP and #1 Noto Sans CJK SC, each with ASCII and 社会治理.</summary>
    public static string TwoFaces => Path.Combine(AppContext.BaseDirectory, "Data", "fonts", "two-faces.ttc");
}
