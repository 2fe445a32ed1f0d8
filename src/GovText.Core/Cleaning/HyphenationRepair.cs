using System.Text.RegularExpressions;

namespace GovText.Core.Cleaning;

/// <summary>
/// The hyphenation step. For every <c>left-right</c> or <c>left -right</c> between two runs of Latin letters
/// (not part of a longer hyphen chain such as on-the-spot), the hyphen is removed and the halves joined when
/// the right half is not an English word AND the joined form is an English word or occurs without the hyphen
/// elsewhere in the same document. <c>govern-ance</c>: "ance" is no word, "governance" is → governance.
/// <c>grass-roots</c>: "roots" is a word → kept, even though "grassroots" also occurs. A kept pair written
/// with a space before the hyphen (<c>grass -roots</c>, machine-translation spacing) loses the space.
/// Evidence is per document only, so a document cleans the same in any batch.
/// </summary>
public sealed partial class HyphenationRepair
{
    private readonly HashSet<string> _documentWords;

    /// <summary>Creates the repair with the lowercase words that occur in the document (see <see cref="CollectWords"/>).</summary>
    public HyphenationRepair(HashSet<string> documentWords) => _documentWords = documentWords;

    /// <summary>Adds the lowercase Latin-letter words of <paramref name="text"/> to <paramref name="words"/>.</summary>
    public static void CollectWords(string text, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var m in LatinWord().EnumerateMatches(text))
        {
            if (m.Length > buffer.Length) continue;
            var lower = buffer[..m.Length];
            text.AsSpan(m.Index, m.Length).ToLowerInvariant(lower);
            lookup.Add(lower);
        }
    }

    /// <summary>Repairs one paragraph, recording each change.</summary>
    public string Repair(string paragraph, int line, CleaningReport report)
    {
        if (paragraph.IndexOf('-') < 0) return paragraph;
        return Pair().Replace(paragraph, m =>
        {
            var left = m.Groups["left"].Value;
            var right = m.Groups["right"].Value;
            var spaced = m.Groups["space"].Length > 0;
            if (!EnglishWords.Contains(right))
            {
                var joined = left + right;
                string? reason = EnglishWords.Contains(joined) ? "known-word"
                    : _documentWords.Contains(joined.ToLowerInvariant()) ? "in-document" : null;
                if (reason is not null)
                {
                    report.Record(CleaningStep.Hyphenation, reason, line, $"{m.Value} → {joined}");
                    return joined;
                }
            }
            if (!spaced) return m.Value;
            var compound = left + "-" + right;
            report.Record(CleaningStep.Hyphenation, "space-before-hyphen", line, $"{m.Value} → {compound}");
            return compound;
        });
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?<left>[A-Za-z]+)(?<space> ?)-(?<right>[A-Za-z]+)(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant)]
    private static partial Regex Pair();

    [GeneratedRegex(@"[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWord();
}
