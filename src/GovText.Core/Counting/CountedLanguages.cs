using GovText.Core.Text;
namespace GovText.Core.Counting;

/// <summary>
/// Which token languages of a document have enough text to be counted as a language: to get rows in
/// <c>concept_counts.csv</c>, to enter groups and keyness. A few Latin tokens in a Chinese report (GDP, PM2.5, M2,
/// H1N1) are not English text, and a rate over 3 tokens is noise; such tokens are set aside as <see cref="Other"/>
/// (still in <c>word_frequencies.csv</c>, under that label), never as a language of their own. Rule and figures:
/// docs/counts.md.
/// </summary>
public static class CountedLanguages
{
    /// <summary>A language other than the document's largest needs at least this many word tokens.</summary>
    public const int MinTokens = 50;

    /// <summary>...and at least this share of the document's zh + en word tokens.</summary>
    public const double MinShare = 0.01;

    /// <summary>The label of set-aside tokens and of the matches in them.</summary>
    public static Language Other => Language.Other;

    /// <summary>The word languages that can be counted (numbers, <c>num</c>, are not a language).</summary>
    public static IReadOnlyList<Language> Languages => Language.Words;

    /// <summary>
    /// The languages of <paramref name="tokenTotals"/> (word tokens per language) that are counted: the document's
    /// largest word language always (ties: the first in ordinal order), every other one when it has at least
    /// <see cref="MinTokens"/> tokens and <see cref="MinShare"/> of the word tokens.
    /// </summary>
    public static IReadOnlySet<Language> Select(IReadOnlyDictionary<Language, int> tokenTotals)
    {
        var words = Languages.Sum(l => (long)tokenTotals.GetValueOrDefault(l));
        var counted = new HashSet<Language>();
        if (words == 0) return counted;
        var largest = Languages.OrderByDescending(l => tokenTotals.GetValueOrDefault(l)).ThenBy(l => l).First();
        counted.Add(largest);
        foreach (var language in Languages)
        {
            var n = tokenTotals.GetValueOrDefault(language);
            if (n >= MinTokens && n >= MinShare * words) counted.Add(language);
        }
        return counted;
    }
}
