using System.Text.RegularExpressions;

namespace GovText.Core.Cleaning;

/// <summary>
/// The spacing step: restores the space missing after punctuation between Latin words —
/// <c>modernization,the</c> → <c>modernization, the</c>; <c>governance.These</c> → <c>governance. These</c>;
/// <c>Type:Thesis</c> → <c>Type: Thesis</c>. A comma or semicolon needs a letter or digit before and a letter
/// after; a colon a letter on both sides; . ! ? need two letters before (so e.g. and U.S. are left alone),
/// an optional closing quote, and a capital followed by a lowercase letter after. Tokens that look like
/// e-mail addresses, URLs or domains (containing @, :// or www.) are never touched, and digits around a
/// period (decimals, 202410.02256) never match. Straight double quotes glued to Latin words get a space on
/// their outer side when the paragraph's quotes pair up: <c>on"Five Synchronizations"Work</c> →
/// <c>on "Five Synchronizations" Work</c>.
/// </summary>
public static partial class PunctuationSpacing
{
    /// <summary>Repairs one paragraph, recording each inserted space.</summary>
    public static string Repair(string paragraph, int line, CleaningReport report)
    {
        paragraph = SpaceQuotes(paragraph, line, report);
        // Every insertion point has an ASCII letter after it; most paragraphs of a Chinese corpus have none, and the
        // vectorised scan for one is far cheaper than the regex's lookbehinds tried at every position.
        if (!paragraph.AsSpan().ContainsAny(AsciiLetters)) return paragraph;
        return Missing().Replace(paragraph, m =>
        {
            if (InAddress(paragraph, m.Index)) return m.Value;
            var (before, after) = Context(paragraph, m.Index);
            report.Record(CleaningStep.Spacing, "missing-space", line, $"{before}{after} → {before} {after}");
            return m.Value + " ";
        });
    }

    // Straight double quotes glued to Latin words (on"Five Synchronizations"Work): when a paragraph's quotes
    // pair up, the 1st, 3rd, … open and get a space before them, the 2nd, 4th, … close and get one after.
    private static string SpaceQuotes(string paragraph, int line, CleaningReport report)
    {
        var count = paragraph.AsSpan().Count('"');
        if (count == 0 || count % 2 != 0) return paragraph;
        System.Text.StringBuilder? sb = null;
        var k = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c != '"')
            {
                sb?.Append(c);
                continue;
            }
            var opening = k++ % 2 == 0;
            var before = opening && i > 0 && IsLatin(paragraph[i - 1]) && i + 1 < paragraph.Length && IsLatin(paragraph[i + 1]);
            var after = !opening && i + 1 < paragraph.Length && IsLatin(paragraph[i + 1]) && i > 0 && (IsLatin(paragraph[i - 1]) || paragraph[i - 1] is '.' or '!' or '?' or ',');
            if (!before && !after)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new System.Text.StringBuilder(paragraph, 0, i, paragraph.Length + 8);
            if (before) sb.Append(' ').Append(c);
            else sb.Append(c).Append(' ');
            var (w1, w2) = Context(paragraph, before ? i : i + 1);
            report.Record(CleaningStep.Spacing, "quote-space", line, $"{w1}{w2} → {w1} {w2}");
        }
        return sb?.ToString() ?? paragraph;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsLatin(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool InAddress(string text, int at)
    {
        var start = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var token = text.AsSpan(start, end - start);
        return token.Contains('@') || token.Contains("://", StringComparison.Ordinal) || token.Contains("www.", StringComparison.OrdinalIgnoreCase);
    }

    // The word and punctuation before the insertion point and the word after it, for the cleaning log.
    private static (string Before, string After) Context(string text, int at)
    {
        var from = at;
        while (from > 0 && at - from < 40 && !char.IsWhiteSpace(text[from - 1])) from--;
        var to = at;
        while (to < text.Length && to - at < 40 && char.IsLetter(text[to])) to++;
        return (text[from..at], text[at..to]);
    }

    [GeneratedRegex(@"(?<=[A-Za-z0-9][,;])(?=[A-Za-z])|(?<=[A-Za-z]:)(?=[A-Za-z])|(?<=[A-Za-z]{2}[.!?][""”’)]?)(?=[A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Missing();
}
