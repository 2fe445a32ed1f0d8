using System.Buffers;
using System.Text;

namespace GovText.Core.Text;

/// <summary>Whitespace handling shared by the cleaning and concordance stages.</summary>
public static class Whitespace
{
    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> is true for but the ASCII space (WhitespaceTests checks all 65,536).</summary>
    internal static readonly SearchValues<char> OtherWhitespace = SearchValues.Create(
        "\t\n\u000B\u000C\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>
    /// Turns every run of whitespace (line breaks, tabs, no-break and ideographic spaces included) into one ASCII space
    /// and trims the ends; returns the same string when there is nothing to change.
    /// </summary>
    public static string Collapse(string line)
    {
        // Nothing to change unless the line holds whitespace other than the ASCII space, two spaces in a row, or a space
        // at either end: three vectorised checks instead of a Unicode lookup per character.
        var span = line.AsSpan();
        if (span.IndexOfAny(OtherWhitespace) < 0 && (span.Length == 0 || span[0] != ' ' && span[^1] != ' ') && !span.Contains("  ", StringComparison.Ordinal))
            return line;
        // Often only the ends need trimming (a Chinese paragraph indented with ideographic spaces): one substring then.
        var inner = span.Trim();
        if (inner.IndexOfAny(OtherWhitespace) < 0 && !inner.Contains("  ", StringComparison.Ordinal))
            return inner.Length == 0 ? "" : line.Substring(line.Length - span.TrimStart().Length, inner.Length);

        var sb = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
