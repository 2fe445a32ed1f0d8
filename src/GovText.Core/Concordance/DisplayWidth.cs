using System.Globalization;
using System.Text;

namespace GovText.Core.Concordance;

/// <summary>
/// How many terminal columns a string takes: East Asian wide and fullwidth characters (Han, kana, Hangul, fullwidth
/// punctuation such as ，。“) take two, combining marks none, everything else one. Used to line up concordances.
/// </summary>
public static class DisplayWidth
{
    /// <summary>The display width of <paramref name="text"/> in terminal columns.</summary>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Of(rune);
        return width;
    }

    /// <summary>The display width of one code point: 0, 1 or 2.</summary>
    public static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.Control)
            return 0;
        return IsWide(rune.Value) ? 2 : 1;
    }

    /// <summary>Pads <paramref name="text"/> with spaces on the left to <paramref name="width"/> columns.</summary>
    public static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - Of(text))) + text;

    /// <summary>Pads <paramref name="text"/> with spaces on the right to <paramref name="width"/> columns.</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F          // Hangul Jamo initials
            or >= 0x2E80 and <= 0x303E        // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
            or >= 0x3041 and <= 0x33FF        // kana, bopomofo, Hangul compatibility, CJK compatibility
            or >= 0x3400 and <= 0x4DBF        // CJK Extension A
            or >= 0x4E00 and <= 0x9FFF        // CJK Unified Ideographs
            or >= 0xA000 and <= 0xA4CF        // Yi
            or >= 0xAC00 and <= 0xD7A3        // Hangul syllables
            or >= 0xF900 and <= 0xFAFF        // CJK Compatibility Ideographs
            or >= 0xFE30 and <= 0xFE4F        // CJK compatibility forms
            or >= 0xFF00 and <= 0xFF60        // fullwidth forms
            or >= 0xFFE0 and <= 0xFFE6        // fullwidth signs
            or >= 0x1F300 and <= 0x1F64F      // pictographs and emoticons
            or >= 0x1F900 and <= 0x1F9FF      // supplemental pictographs
            or >= 0x20000 and <= 0x2FFFD      // CJK Extensions B–F, compatibility supplement
            or >= 0x30000 and <= 0x3FFFD;     // CJK Extensions G–H
}
