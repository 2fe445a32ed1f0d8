using System.Text;
using GovText.Core.Text;

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
        // Most lines need nothing: printable ASCII, or text that is NFC by construction (see IsNfcInert) and holds no
        // character the loop below removes or replaces. Both are decided with range tests and one vectorised search,
        // where the general path asks ICU whether the line is normalized and looks up each character's category.
        var span = line.AsSpan();
        if (span.IndexOfAnyExceptInRange(' ', '~') < 0 || IsUntouched(span)) return line;

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
            else if (c != '\t' && IsControl(c))
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

    /// <summary>True for the control characters (Unicode category Cc: U+0000–U+001F and U+007F–U+009F).</summary>
    internal static bool IsControl(char c) => c < '\u0020' || c is >= '\u007F' and <= '\u009F';

    /// <summary>True for every character Clean removes or replaces: zero-width and control characters (tab excepted), full-width ASCII letters and digits.</summary>
    internal static bool IsChanged(char c) =>
        IsZeroWidth(c) || c != '\t' && IsControl(c) || c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A';

    // One bit per UTF-16 code unit (8 KB): set for a character that is NFC-inert and that Clean leaves alone, so that a line
    // is checked with one table lookup per character, without branching on ranges.
    private static readonly ulong[] Untouched = BuildUntouched();

    private static ulong[] BuildUntouched()
    {
        var table = new ulong[65536 / 64];
        for (var c = 0; c < 65536; c++)
        {
            if (IsNfcInert([(char)c]) && !IsChanged((char)c)) table[c >> 6] |= 1UL << c;
        }
        return table;
    }

    /// <summary>True when Clean would return <paramref name="text"/> unchanged and record nothing: every character is NFC-inert and none is changed.</summary>
    internal static bool IsUntouched(ReadOnlySpan<char> text)
    {
        var table = Untouched;
        foreach (var c in text)
        {
            if ((table[c >> 6] & (1UL << c)) == 0) return false;
        }
        return true;
    }

    /// <summary>
    /// True when every character of <paramref name="text"/> has NFC quick-check Yes and canonical combining class 0
    /// (Latin-1, general punctuation, CJK symbols and punctuation but for the tone marks U+302A–U+302F, CJK ideographs and
    /// extension A, full-width forms): such text is NFC whatever the order of its characters, so ICU need not be asked.
    /// </summary>
    internal static bool IsNfcInert(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' || c < '\u0100' || c is >= '\u3000' and <= '\u303F' and not (>= '\u302A' and <= '\u302F')
                || c is >= '\uFF01' and <= '\uFFEF' || c is >= '\u2010' and <= '\u2027' or >= '\u2030' and <= '\u205E'
                || c is >= '\u3400' and <= '\u4DBF')
                continue;
            return false;
        }
        return true;
    }
}
