using System.Buffers;

namespace GovText.Core.Text;

/// <summary>
/// Splits a paragraph into sentences. Chinese sentences end at 。！？；… (a run such as …… or ？！ counts
/// once), English ones at . ! ? followed by a space, the end, or a Chinese character; closing quotes and
/// brackets after the mark stay with the sentence. A period does not end a sentence after a known
/// abbreviation (e.g., i.e., Oct., No., Dr.) or a single letter (initials, U.S.), nor inside a number.
/// </summary>
public static class SentenceSplitter
{
    private const string ChineseEnds = "。！？；…";
    private const string LatinEnds = ".!?";
    private const string Closers = "”’」』）》】〕〉\"')]";

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "cf", "vs", "viz", "al", "ca", "approx", "no", "nos", "vol", "vols", "pp", "p",
        "fig", "figs", "eq", "ed", "eds", "ch", "sec", "art", "para", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "p.r.c", "inc", "ltd", "co", "corp", "dept", "univ", "govt",
    };

    // Every character that can end a sentence: the splitter jumps from one to the next with a vectorised search, so
    // the characters between (most of a paragraph) are looked at once.
    private static readonly SearchValues<char> Ends = SearchValues.Create(ChineseEnds + LatinEnds);
    private static readonly SearchValues<char> ChineseEndSet = SearchValues.Create(ChineseEnds);
    private static readonly SearchValues<char> CloserSet = SearchValues.Create(Closers);

    /// <summary>Returns the (start, end) spans of the sentences of <paramref name="paragraph"/>, trimmed of surrounding spaces; end exclusive.</summary>
    public static List<(int Start, int End)> Split(string paragraph)
    {
        var spans = new List<(int, int)>();
        SplitInto(paragraph, spans);
        return spans;
    }

    /// <summary>Adds the sentence spans of <paramref name="paragraph"/> to <paramref name="spans"/> (see <see cref="Split"/>).</summary>
    internal static void SplitInto(string paragraph, List<(int Start, int End)> spans)
    {
        var start = 0;
        var i = 0;
        while (i < paragraph.Length)
        {
            var next = paragraph.AsSpan(i).IndexOfAny(Ends);
            if (next < 0) break;
            i += next;
            var c = paragraph[i];
            var isChinese = ChineseEndSet.Contains(c);
            if (!isChinese && c == '.' && !PeriodCanEnd(paragraph, i))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && Ends.Contains(paragraph[end]))
            {
                isChinese |= ChineseEndSet.Contains(paragraph[end]);
                end++;
            }
            while (end < paragraph.Length && CloserSet.Contains(paragraph[end])) end++;

            if (isChinese || end == paragraph.Length || char.IsWhiteSpace(paragraph[end]) || Script.IsHan(paragraph[end]))
            {
                Add(spans, paragraph, start, end);
                start = end;
            }
            i = end;
        }
        Add(spans, paragraph, start, paragraph.Length);
    }

    /// <summary>False when the period at <paramref name="dot"/> cannot end a sentence: inside a number, after an abbreviation or a single letter.</summary>
    internal static bool PeriodCanEnd(string text, int dot)
    {
        if (dot + 1 < text.Length && char.IsDigit(text[dot + 1]) && dot > 0 && char.IsDigit(text[dot - 1])) return false;
        // The word before the period, including inner periods, so "e.g" and "U.S" are seen whole.
        var from = dot;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '.')) from--;
        var word = text.AsSpan(from, dot - from).Trim('.');
        if (word.Length == 0) return true;
        if (word.Length == 1 && char.IsLetter(word[0]) && !Script.IsHan(word[0])) return false;
        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add((start, end));
    }
}
