using System.Text.RegularExpressions;

namespace GovText.Core.Cleaning;

/// <summary>
/// The spacing step: restores the space missing after punctuation between Latin words —
/// <c>modernization,the</c> → <c>modernization, the</c>; <c>governance.These</c> → <c>governance. These</c>;
/// <c>Type:Thesis</c> → <c>Type: Thesis</c>. A comma or semicolon needs a letter or digit before and a letter
/// after; a colon a letter on both sides; . ! ? need two letters before (so e.g. and U.S. are left alone),
/// an optional closing quote, and a capital followed by a lowercase letter after. Tokens that look like
/// e-mail addresses, URLs or domains (containing @, :// or www.) are never touched, and digits around a
/// period (decimals, 202410.02256) never match.
/// </summary>
public static partial class PunctuationSpacing
{
    /// <summary>Repairs one paragraph, recording each inserted space.</summary>
    public static string Repair(string paragraph, int line, CleaningReport report)
    {
        return Missing().Replace(paragraph, m =>
        {
            if (InAddress(paragraph, m.Index)) return m.Value;
            var (before, after) = Context(paragraph, m.Index);
            report.Record(CleaningStep.Spacing, "missing-space", line, $"{before}{after} → {before} {after}");
            return m.Value + " ";
        });
    }

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
