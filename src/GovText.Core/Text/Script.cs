using System.Text;

namespace GovText.Core.Text;

/// <summary>Character classes the cleaning and tagging rules are written in.</summary>
public static class Script
{
    /// <summary>True for Han ideographs: CJK Unified (incl. extensions A–G) and compatibility ideographs.</summary>
    public static bool IsHan(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF
            or >= 0x3400 and <= 0x4DBF
            or >= 0xF900 and <= 0xFAFF
            or >= 0x20000 and <= 0x3134F;

    /// <summary>True for Han ideographs in the Basic Multilingual Plane (the ones a single <see cref="char"/> holds).</summary>
    public static bool IsHan(char c) => IsHan((int)c);

    /// <summary>True for a Latin-script letter (ASCII and the Latin supplements).</summary>
    public static bool IsLatinLetter(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z'
        || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7' && char.IsLetter(c));

    /// <summary>Counts code points, Han code points and Latin words (runs of Latin letters) in <paramref name="text"/>.</summary>
    public static ScriptCounts Count(ReadOnlySpan<char> text)
    {
        int chars = 0, han = 0, words = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            chars++;
            if (IsHan(rune.Value)) han++;
            var latin = rune.IsBmp && IsLatinLetter((char)rune.Value);
            if (latin && !inWord) words++;
            inWord = latin;
        }
        return new ScriptCounts(chars, han, words);
    }
}

/// <summary>Code points, Han code points and Latin words of a stretch of text.</summary>
/// <param name="Chars">Unicode code points.</param>
/// <param name="Han">Han ideographs.</param>
/// <param name="LatinWords">Runs of Latin letters.</param>
public readonly record struct ScriptCounts(int Chars, int Han, int LatinWords);
