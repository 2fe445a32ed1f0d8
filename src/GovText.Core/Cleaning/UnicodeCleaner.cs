using GovText.Core.Text;
using System.Globalization;
using System.Text;

namespace GovText.Core.Cleaning;

/// <summary>
/// The unicode step: NFC; zero-width characters (U+200B–U+200D, U+2060, U+FEFF, soft hyphen U+00AD) and
/// control characters removed; full-width ASCII letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) to half-width.
/// CJK punctuation (，。：（）etc.) stays. Whitespace handling is not part of this step: every line has its
/// spaces collapsed and trimmed whatever the switches (see <see cref="NormalizeSpaces"/>).
/// </summary>
public static class UnicodeCleaner
{
    /// <summary>Cleans one line, recording what changed into <paramref name="report"/>.</summary>
    public static string Clean(string line, int lineNumber, CleaningReport report)
    {
        if (IsAsciiPrintable(line)) return line;

        var text = line.IsNormalized(NormalizationForm.FormC) ? line : line.Normalize(NormalizationForm.FormC);
        if (!ReferenceEquals(text, line)) report.Record(CleaningStep.Unicode, "nfc", lineNumber, "normalized to NFC");

        StringBuilder? sb = null;
        int zeroWidth = 0, control = 0, fullWidth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            char? replacement = c;
            if (IsZeroWidth(c))
            {
                zeroWidth++;
                replacement = null;
            }
            else if (c != '\t' && (char.GetUnicodeCategory(c) == UnicodeCategory.Control))
            {
                control++;
                replacement = null;
            }
            else if (c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A')
            {
                fullWidth++;
                replacement = (char)(c - 0xFEE0);
            }

            if (replacement == c && sb is null) continue;
            sb ??= new StringBuilder(text, 0, i, text.Length);
            if (replacement is { } r) sb.Append(r);
        }
        if (zeroWidth > 0) report.Record(CleaningStep.Unicode, "zero-width", lineNumber, $"removed {zeroWidth} zero-width character(s)", zeroWidth);
        if (control > 0) report.Record(CleaningStep.Unicode, "control", lineNumber, $"removed {control} control character(s)", control);
        if (fullWidth > 0) report.Record(CleaningStep.Unicode, "full-width", lineNumber, $"{fullWidth} full-width letter(s)/digit(s) to half-width", fullWidth);
        return sb?.ToString() ?? text;
    }

    /// <summary>
    /// Turns every run of whitespace (tabs, no-break and ideographic spaces included) into one ASCII space and
    /// trims the ends. Runs whatever the switches, because paragraph and line structure depend on it.
    /// </summary>
    public static string NormalizeSpaces(string line) => Whitespace.Collapse(line);

    /// <summary>True for the invisible characters this step removes.</summary>
    public static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private static bool IsAsciiPrintable(string s)
    {
        foreach (var c in s)
        {
            if (c is < ' ' or > '~') return false;
        }
        return true;
    }
}
