using System.Text;

namespace GovText.Core.Lexicon;

/// <summary>Which characters are Han ideographs: decides a term's language and counts <c>han_chars</c>.</summary>
public static class HanScript
{
    /// <summary>True for a code point in a CJK Unified or Compatibility Ideographs block (BMP or astral).</summary>
    public static bool IsHan(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF      // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF           // Extension A
            or >= 0xF900 and <= 0xFAFF           // Compatibility Ideographs
            or >= 0x20000 and <= 0x2A6DF         // Extension B
            or >= 0x2A700 and <= 0x2EBEF         // Extensions C–F (and I)
            or >= 0x2F800 and <= 0x2FA1F         // Compatibility Supplement
            or >= 0x30000 and <= 0x323AF         // Extensions G–H
            || codePoint == 0x3007;              // 〇, the ideographic zero used in years (二〇二一)

    /// <summary>Number of Han code points in <paramref name="text"/>.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
            if (IsHan(rune.Value)) count++;
        return count;
    }

    /// <summary>True when <paramref name="text"/> has at least one Han character.</summary>
    public static bool Contains(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (IsHan(rune.Value)) return true;
        return false;
    }

    /// <summary>True when <paramref name="text"/> is non-empty and every character is Han.</summary>
    public static bool IsAllHan(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (var rune in text.EnumerateRunes())
            if (!IsHan(rune.Value)) return false;
        return true;
    }

    internal static bool IsHanAt(string text, int index) =>
        Rune.TryGetRuneAt(text, index, out var rune) && IsHan(rune.Value);
}
