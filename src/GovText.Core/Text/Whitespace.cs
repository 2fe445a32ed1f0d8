using System.Text;

namespace GovText.Core.Text;

/// <summary>Whitespace handling shared by the cleaning and concordance stages.</summary>
public static class Whitespace
{
    /// <summary>
    /// Turns every run of whitespace (line breaks, tabs, no-break and ideographic spaces included) into one ASCII space
    /// and trims the ends; returns the same string when there is nothing to change.
    /// </summary>
    public static string Collapse(string line)
    {
        var needs = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c != ' ' && char.IsWhiteSpace(c) || c == ' ' && (i == 0 || i == line.Length - 1 || line[i + 1] == ' '))
            {
                needs = true;
                break;
            }
        }
        if (!needs) return line;

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
