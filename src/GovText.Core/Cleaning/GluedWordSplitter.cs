using System.Text.RegularExpressions;

namespace GovText.Core.Cleaning;

/// <summary>
/// The glued-words step: keyword lists scraped without their separators
/// (<c>Party building leadershipOrganizational mobilization</c>) get <c>"; "</c> where a run of at least three
/// lowercase letters is followed by a capital and a lowercase letter. A run shorter than three (iPhone,
/// McDonald) or starting with capitals (PSSXiv) is left alone, and so is a glued token that is itself an
/// English word.
/// </summary>
public static partial class GluedWordSplitter
{
    /// <summary>The separator inserted between glued words.</summary>
    public const string Separator = "; ";

    /// <summary>Separates glued words in one paragraph, recording each split.</summary>
    public static string Split(string paragraph, int line, CleaningReport report)
    {
        return Token().Replace(paragraph, m =>
        {
            if (!Boundary().IsMatch(m.Value) || EnglishWords.Contains(m.Value)) return m.Value;
            var split = Boundary().Replace(m.Value, Separator);
            report.Record(CleaningStep.GluedWords, "lower-then-capital", line, $"{m.Value} → {split}");
            return split;
        });
    }

    [GeneratedRegex(@"[A-Za-z]{5,}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<=[a-z]{3})(?=[A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
