namespace GovText.Core.Text;

/// <summary>Character classes the cleaning and tagging rules are written in.</summary>
public static class Script
{
    /// <summary>
    /// True for Han ideographs (Unicode Script=Han letters): CJK Unified Ideographs and extensions A–I, compatibility
    /// ideographs, and 〇 (U+3007, the ideographic zero of years such as 二〇二一). The one definition GovText uses,
    /// for <c>han_chars</c>, language tags and Chinese lexicon terms alike.
    /// </summary>
    public static bool IsHan(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF      // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF           // Extension A
            or >= 0xF900 and <= 0xFAFF           // Compatibility Ideographs
            or >= 0x20000 and <= 0x2A6DF         // Extension B
            or >= 0x2A700 and <= 0x2EBEF         // Extensions C–F and I
            or >= 0x2F800 and <= 0x2FA1F         // Compatibility Supplement
            or >= 0x30000 and <= 0x323AF         // Extensions G–H
            || codePoint == 0x3007;

    /// <summary>True for Han ideographs in the Basic Multilingual Plane (the ones a single <see cref="char"/> holds).</summary>
    public static bool IsHan(char c) => IsHan((int)c);

    /// <summary>
    /// True for a Latin-script letter: ASCII, Latin-1 Supplement, Extended A and B, IPA Extensions, Extended Additional,
    /// Extended C and D, and the fullwidth forms. The one definition for <c>latin_words</c>, language tags and English tokens.
    /// </summary>
    public static bool IsLatinLetter(char c) =>
        // The block test first: it is a few comparisons, where char.IsLetter looks up the Unicode category, and most
        // characters of a Chinese text (Han, CJK punctuation) fail it.
        c < '\u0080' ? char.IsAsciiLetter(c)
            : (c < '\u02B0' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2C60' and <= '\u2C7F'
                or >= '\uA720' and <= '\uA7FF' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A') && char.IsLetter(c);

    /// <summary>Counts code points, Han code points and Latin words (runs of Latin letters) in <paramref name="text"/>.</summary>
    public static ScriptCounts Count(ReadOnlySpan<char> text)
    {
        // Code points as Rune enumeration counts them (a surrogate pair is one, a lone surrogate one replacement
        // character, neither Han nor Latin), walked char by char: a BMP Han character is never a Latin letter, so the
        // common case of Chinese text needs one range test per character.
        int chars = 0, han = 0, words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars++;
            bool latin;
            if (c < '\u0080') latin = char.IsAsciiLetter(c);
            else if (c is >= '\u4E00' and <= '\u9FFF' || IsHan(c))
            {
                han++;
                latin = false;
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (IsHan(char.ConvertToUtf32(c, text[i + 1]))) han++;
                    i++;
                }
                latin = false;
            }
            else latin = IsLatinLetter(c);
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
