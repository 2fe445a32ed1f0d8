using System.Text;
using GovText.Core.Text;

namespace GovText.Core.Cleaning;

/// <summary>
/// The join-lines step: decides which line breaks inside a block (lines not separated by a blank line) are
/// hard wraps, and joins those lines into one paragraph. A block is hard-wrapped when its longest line is
/// 20–160 columns wide (a Han character counts two) and at least half of its lines other than the last are
/// at least 75% of that width; then a line at least 60% as wide as the longest, or one ending in a
/// letter followed by a hyphen, continues on the next line. A line ending in letter+hyphen also continues,
/// in any block, when the next line starts with a lowercase letter; and so does a line followed by one that starts
/// with Chinese closing punctuation (、，。”…) or that itself ends with Chinese opening punctuation (“《（…). Any other line break ends a paragraph: scraped
/// pages put one paragraph per line with no blank line between, and those must stay apart. Two lines are too
/// little evidence of a wrap width, so a block must have at least three lines to count as hard-wrapped.
/// </summary>
public static class LineJoiner
{
    /// <summary>Narrowest longest line for a block to count as hard-wrapped.</summary>
    public const int MinWrapColumns = 20;

    /// <summary>Widest longest line for a block to count as hard-wrapped.</summary>
    public const int MaxWrapColumns = 160;

    /// <summary>Splits a block into paragraphs, joining hard-wrapped lines; each paragraph keeps its first line's number.</summary>
    public static List<(string Text, int Line)> Join(IReadOnlyList<(string Text, int Line)> lines, CleaningReport report)
    {
        var result = new List<(string, int)>();
        if (lines.Count == 0) return result;
        if (lines.Count == 1)
        {
            result.Add(lines[0]);
            return result;
        }

        var widths = lines.Select(l => Columns(l.Text)).ToArray();
        var max = widths.Max();
        var full = 0;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (widths[i] >= 0.75 * max) full++;
        }
        var wrapped = lines.Count >= 3 && max is >= MinWrapColumns and <= MaxWrapColumns && full * 2 >= lines.Count - 1;

        // A paragraph of one line (most of them where a block holds one paragraph per line) is kept as that line's
        // string; the builder is filled only when a line is joined to it.
        var current = new StringBuilder();
        var single = lines[0].Text;
        var firstLine = lines[0].Line;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var text = lines[i].Text;
            var next = lines[i + 1].Text;
            var hyphenated = EndsInWordHyphen(text) && (wrapped || char.IsLower(next[0]));
            var punctuation = ContinuesAtPunctuation(text, next);
            // A short line inside a wrapped block that stops mid-sentence ("… and collaborative" / "governance
            // across …") is a wrap too: a paragraph never ends without punctuation before a lowercase word.
            var midSentence = wrapped && EndsMidSentence(text) && char.IsLower(next[0]) && !Script.IsHan(next[0]);
            if (hyphenated || punctuation || midSentence || wrapped && widths[i] >= 0.6 * max)
            {
                if (single is not null)
                {
                    current.Clear().Append(single);
                    single = null;
                }
                if (!hyphenated && NeedsSpace(current[^1], next[0])) current.Append(' ');
                current.Append(next);
                report.Record(CleaningStep.JoinLines, hyphenated ? "hyphen-wrap" : punctuation ? "cjk-punctuation" : midSentence ? "mid-sentence" : "wrap", lines[i + 1].Line, "joined to the line before");
                continue;
            }
            result.Add((single ?? current.ToString(), firstLine));
            single = lines[i + 1].Text;
            firstLine = lines[i + 1].Line;
        }
        result.Add((single ?? current.ToString(), firstLine));
        return result;
    }

    /// <summary>Joins two pieces of one paragraph: no space between CJK characters, one space otherwise.</summary>
    public static bool NeedsSpace(char before, char after) => !(IsCjk(before) || IsCjk(after));

    /// <summary>Display columns: Han and full-width characters take two.</summary>
    public static int Columns(string text)
    {
        var columns = 0;
        foreach (var c in text) columns += IsCjk(c) ? 2 : 1;
        return columns;
    }

    private static bool IsCjk(char c) => Script.IsHan(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= '\u2E80' and <= '\u2FDF';

    // A Chinese line never starts with a comma, enumeration mark or closing quote, nor ends with an opening
    // one: such a break is inside a sentence (Wikisource puts each linked phrase on its own line).
    private static bool ContinuesAtPunctuation(string line, string next) =>
        "、，。：；！？）》」』”’〉】〕".Contains(next[0]) || "（《「『“‘〈【〔".Contains(line[^1]);

    private static bool EndsMidSentence(string text) => char.IsLetterOrDigit(text[^1]) && !Script.IsHan(text[^1]) || text[^1] == ',';

    /// <summary>
    /// True when <paramref name="paragraph"/> leaves a bracket open that <paramref name="next"/> closes within its first
    /// few characters: <c>细颗粒物（PM</c> / <c>2.5）</c> is one sentence that PDF extraction broke at a blank line.
    /// </summary>
    public static bool ContinuesInBrackets(string paragraph, string next)
    {
        foreach (var (open, close) in new[] { ('（', '）'), ('(', ')') })
        {
            var last = paragraph.LastIndexOf(open);
            if (last < 0 || paragraph.IndexOf(close, last) >= 0) continue;
            var closing = next.IndexOf(close);
            var reopened = next.IndexOf(open);
            if (closing >= 0 && closing < 16 && (reopened < 0 || reopened > closing)) return true;
        }
        return false;
    }

    private static bool EndsInWordHyphen(string text) =>
        text.Length >= 3 && text[^1] == '-' && char.IsLetter(text[^2]) && !Script.IsHan(text[^2]);
}
