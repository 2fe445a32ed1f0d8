namespace GovText.Core.Lexicon;

/// <summary>Han-script helpers for lexicon terms, on the one definition in <see cref="Text.Script.IsHan(int)"/>.</summary>
public static class HanScript
{
    /// <summary>True for a Han ideograph (see <see cref="Text.Script.IsHan(int)"/>).</summary>
    public static bool IsHan(int codePoint) => Text.Script.IsHan(codePoint);

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
}
