using System.Buffers;
using System.Text;

namespace GovText.Core.Cleaning;

/// <summary>
/// Text every match of a boilerplate rule contains (one of <see cref="Texts"/>), so that a line without any of it is
/// skipped without running the regular expression (most lines of a corpus contain no rule's literal; the inline rules run
/// on every line).
/// </summary>
internal sealed class RequiredLiteral
{
    private readonly SearchValues<string>? _any;
    private readonly string[] _texts;

    /// <summary>Creates the requirement that a match contains one of <paramref name="texts"/>, compared by <paramref name="comparison"/>.</summary>
    public RequiredLiteral(IReadOnlyList<string> texts, StringComparison comparison)
    {
        _texts = [.. texts];
        Texts = _texts;
        Comparison = comparison;
        IsAscii = texts.All(t => Ascii.IsValid(t));
        // One vectorised search for all the texts where they are ASCII; for other texts (Chinese) .NET's many-string
        // search falls back to a per-character dictionary walk, slower than searching for each text in turn.
        if (texts.Count > 1 && IsAscii) _any = SearchValues.Create(texts.ToArray(), comparison);
    }

    /// <summary>Creates the requirement that a match contains <paramref name="text"/>.</summary>
    public RequiredLiteral(string text, StringComparison comparison) : this([text], comparison) { }

    /// <summary>The texts of which every match contains at least one (one text for most rules; the alternatives of a group such as <c>(a|b)</c>).</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>How to look for them: ordinal, or ordinal ignoring case for a <c>(?i)</c> pattern.</summary>
    public StringComparison Comparison { get; }

    /// <summary>True when <paramref name="line"/> may match the rule (it contains one of the texts).</summary>
    public bool MayMatch(string line)
    {
        if (_any is not null) return line.AsSpan().ContainsAny(_any);
        // The array, not the interface: MayMatch runs for most rules on every line.
        foreach (var text in _texts)
        {
            if (line.Contains(text, Comparison)) return true;
        }
        return false;
    }

    /// <summary>True when every text is ASCII: <see cref="BoilerplateRules.MayHoldLiteral"/> looks for all such texts at once.</summary>
    public bool IsAscii { get; }

    /// <summary>
    /// The literal a rule's matches must contain, or null when it cannot be derived with certainty. A literal rule
    /// requires its text. For a regular expression only simple certain cases are derived: a run of letters and digits
    /// at the top level of the pattern (not inside a group, class or escape, not followed by a quantifier) when the
    /// top level has no alternation and no inline option other than a leading <c>(?i)</c>; failing that, one run from
    /// each alternative of the first top-level group made only of plain alternatives (<c>(点击量|下载量)</c>, not followed by
    /// a quantifier), or of a whole pattern that is such an alternation (<c>评论|分享</c>). Anything else gets null and
    /// the rule runs on every line, as before.
    /// </summary>
    public static RequiredLiteral? Of(bool isRegex, string pattern)
    {
        if (!isRegex) return pattern.Length == 0 ? null : new RequiredLiteral(pattern, StringComparison.Ordinal);
        var ignoreCase = pattern.StartsWith("(?i)", StringComparison.Ordinal);
        var start = ignoreCase ? 4 : 0;
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (Alternatives(pattern[start..], ignoreCase) is { } whole) return new RequiredLiteral(whole, comparison);
        string best = "";
        string[]? group = null;
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
                    // A one-character escape (\b, \s, \d, \.) is one unit, and so is a back-reference or octal escape with
                    // all its digits (\1, \12: skipping more digits than the escape holds only shortens a run); escapes
                    // followed by more characters (\x41, \u0041, \p{L}, \k<n>, \cA) are not parsed here: no literal then.
                    if (i + 1 >= pattern.Length || pattern[i + 1] is 'x' or 'u' or 'c' or 'p' or 'P' or 'k') return null;
                    i++;
                    while (char.IsAsciiDigit(pattern[i]) && i + 1 < pattern.Length && char.IsAsciiDigit(pattern[i + 1])) i++;
                    break;
                case '{':
                    // A quantifier's bounds ({2}, {1,4}) are not text (and a '{' that is no quantifier only shortens a run).
                    i = pattern.IndexOf('}', i);
                    if (i < 0) return null;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    if (i < 0) return null;
                    break;
                case '(':
                    // An inline option at the top level (other than the leading (?i)) changes how the rest reads.
                    if (depth == 0 && i + 1 < pattern.Length && pattern[i + 1] == '?' && i + 2 < pattern.Length
                        && pattern[i + 2] is not (':' or '=' or '!' or '<' or '>' or '\'')) return null;
                    if (depth == 0 && group is null) group = GroupAlternatives(pattern, i, ignoreCase);
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
        if (depth != 0) return null;
        if (best.Length > 0) return new RequiredLiteral(best, comparison);
        return group is null ? null : new RequiredLiteral(group, comparison);
    }

    // The alternatives of the capturing or non-capturing group opening at pattern[open] ((a|b) or (?:a|b)), when the group
    // holds only plain alternatives and no quantifier follows it (a match then contains one of them); else null.
    private static string[]? GroupAlternatives(string pattern, int open, bool ignoreCase)
    {
        var from = open + 1;
        if (from < pattern.Length && pattern[from] == '?')
        {
            if (from + 1 >= pattern.Length || pattern[from + 1] != ':') return null;
            from += 2;
        }
        var close = pattern.IndexOf(')', from);
        if (close < 0 || close + 1 < pattern.Length && pattern[close + 1] is '*' or '+' or '?' or '{') return null;
        return Alternatives(pattern[from..close], ignoreCase);
    }

    // For an alternation of plain text (no metacharacter but |), the longest run of letters and digits of each alternative
    // (every match contains one of them); null when it is not such an alternation or an alternative has no run.
    private static string[]? Alternatives(string body, bool ignoreCase)
    {
        if (body.Length == 0 || body.AsSpan().IndexOfAny(Metacharacters) >= 0) return null;
        var alternatives = body.Split('|');
        var runs = new string[alternatives.Length];
        for (var a = 0; a < alternatives.Length; a++)
        {
            var alternative = alternatives[a];
            var best = "";
            var runStart = -1;
            for (var i = 0; i <= alternative.Length; i++)
            {
                if (i < alternative.Length && IsPlain(alternative[i], ignoreCase))
                {
                    if (runStart < 0) runStart = i;
                    continue;
                }
                if (runStart >= 0 && i - runStart > best.Length) best = alternative[runStart..i];
                runStart = -1;
            }
            if (best.Length == 0) return null;
            runs[a] = best;
        }
        return runs;
    }

    private static readonly SearchValues<char> Metacharacters = SearchValues.Create("\\[](){}*+?.^$#");

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
