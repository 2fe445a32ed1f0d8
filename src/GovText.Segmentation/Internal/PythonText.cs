using System.Runtime.CompilerServices;

namespace GovText.Segmentation.Internal;

/// <summary>
/// The character classes of jieba's regular expressions, evaluated per UTF-16 code unit. Every class
/// that matters is inside the BMP, so a surrogate never belongs to any of them.
/// </summary>
internal static class PythonText
{
    // The classifiers are marked for inlining: the cutter's loops are compiled fully optimized before this class is
    // initialised, and the JIT would otherwise call them once per character.
    private const byte HanDefault = 1; // re_han_default: [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]
    private const byte Space = 2;      // Python's \s on str: str.isspace()
    private const byte Eng = 4;        // re_eng: [a-zA-Z0-9]

    private static readonly byte[] Ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var t = new byte[128];
        for (var c = 'a'; c <= 'z'; c++) t[c] = HanDefault | Eng;
        for (var c = 'A'; c <= 'Z'; c++) t[c] = HanDefault | Eng;
        for (var c = '0'; c <= '9'; c++) t[c] = HanDefault | Eng;
        foreach (var c in "+#&._%-") t[c] = HanDefault;
        for (var c = 0x09; c <= 0x0D; c++) t[c] = Space;
        for (var c = 0x1C; c <= 0x20; c++) t[c] = Space;
        return t;
    }

    /// <summary>The characters jieba's default cut hands to the DAG (re_han_default).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHanDefault(char c) =>
        c < 128 ? (Ascii[c] & HanDefault) != 0 : c is >= '\u4E00' and <= '\u9FD5';

    /// <summary>posseg's re_han_internal: re_han_default without '%' and '-'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHanInternal(char c) =>
        c < 128 ? (Ascii[c] & HanDefault) != 0 && c != '%' && c != '-' : c is >= '\u4E00' and <= '\u9FD5';

    /// <summary>finalseg's re_han: the characters the HMM labels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    /// <summary>re_eng and the alphanumerics of finalseg's re_skip: ASCII letters and digits only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsEng(char c) => c < 128 && (Ascii[c] & Eng) != 0;

    /// <summary>Python's <c>\s</c> for str patterns, i.e. <c>str.isspace()</c> (verified against CPython).</summary>
    public static bool IsSpace(char c)
    {
        if (c < 128) return (Ascii[c] & Space) != 0;
        return c switch
        {
            '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
            >= '\u2000' and <= '\u200A' => true,
            _ => false,
        };
    }

    /// <summary>Length in code units of the code point starting at <paramref name="i"/> (a lone surrogate counts as one).</summary>
    public static int CodePointLength(ReadOnlySpan<char> s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
}
