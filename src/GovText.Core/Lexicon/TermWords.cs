namespace GovText.Core.Lexicon;

/// <summary>
/// Splits English text into the words terms are compared on. Terms and tokens go through this one function,
/// so a hyphen and a space are the same everywhere: <c>meta-governance</c> and <c>meta governance</c> are both
/// the words <c>meta</c>, <c>governance</c>.
/// </summary>
public static class TermWords
{
    /// <summary>
    /// Lowercases (invariant), folds the typographic apostrophe to <c>'</c>, and splits at every character that is
    /// not a letter, digit, apostrophe or <c>*</c>; apostrophes at a word's edges are dropped (<c>residents'</c> → <c>residents</c>).
    /// </summary>
    public static string[] Split(string text)
    {
        List<string>? words = null;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = Normalize(text.AsSpan(start, i - start));
                if (word.Length > 0) (words ??= []).Add(word);
                start = -1;
            }
        }
        return words is null ? [] : [.. words];
    }

    /// <summary>True when <paramref name="text"/> contains a separator, so <see cref="Split"/> would give more than its normalized self.</summary>
    internal static bool NeedsSplit(string text)
    {
        foreach (var c in text)
            if (!IsWordChar(c) || c == '\'' || c == '\u2019' || char.IsUpper(c)) return true;
        return false;
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019' or '*' || char.IsSurrogate(c);

    private static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word) buffer[n++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        var trimmed = buffer[..n].Trim('\'');
        return new string(trimmed);
    }
}
