namespace GovText.Core.Cleaning;

/// <summary>
/// A piece of text that every match of a boilerplate rule contains, so that a line without it is skipped without
/// running the regular expression (most lines of a corpus contain no rule's literal; the inline rules run on every line).
/// </summary>
/// <param name="Text">The text every match contains.</param>
/// <param name="Comparison">How to look for it: ordinal, or ordinal ignoring case for a <c>(?i)</c> pattern.</param>
internal sealed record RequiredLiteral(string Text, StringComparison Comparison)
{
    /// <summary>True when <paramref name="line"/> may match the rule (it contains the literal).</summary>
    public bool MayMatch(string line) => line.Contains(Text, Comparison);

    /// <summary>
    /// The literal a rule's matches must contain, or null when it cannot be derived with certainty. A literal rule
    /// requires its text. For a regular expression only the simplest certain case is derived: a run of letters and digits
    /// at the top level of the pattern (not inside a group, class or escape, not followed by a quantifier) when the
    /// top level has no alternation and no inline option other than a leading <c>(?i)</c>. Anything else gets null and
    /// the rule runs on every line, as before.
    /// </summary>
    public static RequiredLiteral? Of(bool isRegex, string pattern)
    {
        if (!isRegex) return pattern.Length == 0 ? null : new RequiredLiteral(pattern, StringComparison.Ordinal);
        var ignoreCase = pattern.StartsWith("(?i)", StringComparison.Ordinal);
        var start = ignoreCase ? 4 : 0;
        string best = "";
        var depth = 0;
        var runStart = -1;
        for (var i = start; i <= pattern.Length; i++)
        {
            var c = i < pattern.Length ? pattern[i] : '\0';
            var inRun = i < pattern.Length && depth == 0 && IsPlain(c, ignoreCase);
            if (inRun)
            {
                if (runStart < 0) runStart = i;
                continue;
            }
            if (runStart >= 0 && depth == 0)
            {
                // A quantifier applies to the run's last character only, which then may be absent or repeated: drop it.
                var end = c is '*' or '+' or '?' or '{' ? i - 1 : i;
                if (end - runStart > best.Length) best = pattern[runStart..end];
            }
            runStart = -1;
            if (i == pattern.Length) break;
            switch (c)
            {
                case '\\':
                    // A one-character escape (\b, \s, \d, \.) is one unit; escapes followed by more characters (\x41,
                    // \u0041, \p{L}, \k<n>, \cA, back-references \12) are not parsed here: no literal then.
                    if (i + 1 >= pattern.Length || pattern[i + 1] is 'x' or 'u' or 'c' or 'p' or 'P' or 'k' or (>= '0' and <= '9')) return null;
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    if (i < 0) return null;
                    break;
                case '(':
                    // An inline option at the top level (other than the leading (?i)) changes how the rest reads.
                    if (depth == 0 && i + 1 < pattern.Length && pattern[i + 1] == '?' && i + 2 < pattern.Length
                        && pattern[i + 2] is not (':' or '=' or '!' or '<' or '>' or '\'')) return null;
                    depth++;
                    break;
                case ')':
                    if (--depth < 0) return null;
                    break;
                case '|':
                    if (depth == 0) return null;
                    break;
                case '#':
                    return null;
            }
        }
        if (depth != 0 || best.Length == 0) return null;
        return new RequiredLiteral(best, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    // Under (?i) the regex engine also equates a few letters with non-ASCII ones (k with the Kelvin sign, s with the
    // long s, i with dotted and dotless forms) that ordinal-ignore-case comparison does not: those letters end a run.
    private static bool IsPlain(char c, bool ignoreCase) => ignoreCase
        ? char.IsAsciiDigit(c) || (char.IsAsciiLetter(c) && char.ToLowerInvariant(c) is not ('k' or 's' or 'i'))
        : char.IsLetterOrDigit(c) && !char.IsSurrogate(c);

    private static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++;
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '[') return -1;
            else if (pattern[i] == ']') return i;
        }
        return -1;
    }
}
