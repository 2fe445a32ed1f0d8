using System.Globalization;
using System.Text;
using GovText.Core.Cleaning;
using GovText.Core.Tests.Support;
using GovText.Core.Text;

namespace GovText.Core.Tests.Cleaning;

/// <summary>
/// The unicode step and whitespace collapsing skip most lines on a fast path (range tests, vectorised searches) where
/// they used to ask ICU and look up each character's category. The fast path must decide exactly as the general one:
/// checked per character over all 65,536 UTF-16 code units, and per line on every line of the sample and reference corpora.
/// </summary>
public class UnicodeFastPathTests
{
    private static readonly string[] EdgeCases =
    [
        "", " ", "  ", "a  b", " a", "a ", "a\tb", "a\u00A0b", "\u3000中文\u3000", "ＧＤＰ２０１７年", "a\u200Bb", "a\u00ADb", "x\u0085y",
        "e\u0301", "\u00E9", "\u212B", "\u2000x", "\uF900", "\u302A中", "中\u0300", "\uD840\uDC00", "\uD840", "a\u007Fb", "a\u0007b",
        "“治理”—…", "ｶﾞ", "\uFF9E", "Ａ\u200D\u0001", "ṩ", "Å",
    ];

    [Fact]
    public void Control_characters_are_the_category_Cc_for_every_char()
    {
        for (var c = char.MinValue; ; c++)
        {
            Assert.True((char.GetUnicodeCategory(c) == UnicodeCategory.Control) == UnicodeCleaner.IsControl(c), $"U+{(int)c:X4}");
            if (c == char.MaxValue) break;
        }
    }

    [Fact]
    public void Other_whitespace_is_what_IsWhiteSpace_says_for_every_char_but_the_space()
    {
        for (var c = char.MinValue; ; c++)
        {
            Assert.True((char.IsWhiteSpace(c) && c != ' ') == Whitespace.OtherWhitespace.Contains(c), $"U+{(int)c:X4}");
            if (c == char.MaxValue) break;
        }
    }

    [Fact]
    public void Text_of_NFC_inert_characters_is_normalized_in_any_order()
    {
        // Each inert character is NFC alone, is no combining mark, and leaves NFC text NFC before or after it (it neither
        // composes with a neighbour nor reorders one); the ranges were derived from the Unicode data (quick-check Yes,
        // combining class 0).
        var inert = 0;
        for (var c = char.MinValue; ; c++)
        {
            if (UnicodeCleaner.IsNfcInert([c]))
            {
                inert++;
                var s = c.ToString();
                Assert.True(s.IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}");
                Assert.True(("e" + s).IsNormalized(NormalizationForm.FormC) && (s + "e").IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}");
                Assert.True(("\u00E9" + s + "\u4E00").IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}");
                var category = char.GetUnicodeCategory(c);
                Assert.False(category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark, $"U+{(int)c:X4}");
            }
            if (c == char.MaxValue) break;
        }
        Assert.True(inert > 20000, $"only {inert} inert characters");
        Assert.False(UnicodeCleaner.IsNfcInert("e\u0301"));
        Assert.False(UnicodeCleaner.IsNfcInert("\u212B"));
        Assert.False(UnicodeCleaner.IsNfcInert("\u2000"));
    }

    [Fact]
    public void A_character_is_untouched_when_it_is_NFC_inert_and_the_step_neither_removes_nor_replaces_it()
    {
        var untouched = 0;
        for (var c = char.MinValue; ; c++)
        {
            var changed = UnicodeCleaner.IsZeroWidth(c) || c != '\t' && char.GetUnicodeCategory(c) == UnicodeCategory.Control
                || c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A';
            Assert.True(changed == UnicodeCleaner.IsChanged(c), $"U+{(int)c:X4}");
            var expected = UnicodeCleaner.IsNfcInert([c]) && !changed;
            Assert.True(expected == UnicodeCleaner.IsUntouched([c]), $"U+{(int)c:X4}");
            Assert.True(expected == UnicodeCleaner.IsUntouched(['中', c, 'a']), $"U+{(int)c:X4} in context");
            if (expected) untouched++;
            if (c == char.MaxValue) break;
        }
        Assert.True(untouched > 20000, $"only {untouched}");
    }

    [Fact]
    public void The_unicode_step_changes_and_records_what_the_general_path_does_on_every_corpus_line()
    {
        var lines = 0;
        foreach (var line in CorpusLines.All().Concat(EdgeCases))
        {
            var fast = new CleaningReport(explain: true);
            var slow = new CleaningReport(explain: true);
            // Text with a lone surrogate is not Unicode: both paths refuse it alike (ICU's check throws).
            var expected = Record.Exception(() => SlowClean(line, 7, slow));
            if (expected is not null)
            {
                Assert.Equal(expected.GetType(), Record.Exception(() => UnicodeCleaner.Clean(line, 7, fast))?.GetType());
                continue;
            }
            Assert.Equal(SlowClean(line, 7, new CleaningReport(explain: false)), UnicodeCleaner.Clean(line, 7, fast));
            Assert.Equal(slow.Events, fast.Events);
            Assert.Equal(slow.Steps, fast.Steps);
            lines++;
        }
        Assert.True(lines > CorpusLines.AtLeast(1000, 100), $"only {lines} lines");
    }

    [Fact]
    public void Whitespace_is_collapsed_as_the_char_by_char_check_does_on_every_corpus_line()
    {
        foreach (var line in CorpusLines.All().Concat(EdgeCases))
        {
            var collapsed = Whitespace.Collapse(line);
            Assert.Equal(SlowCollapse(line), collapsed);
            if (!SlowNeedsCollapse(line)) Assert.Same(line, collapsed);
        }
    }

    // The unicode step as first written: ICU asked for every non-ASCII line, the category looked up for every character.
    private static string SlowClean(string line, int lineNumber, CleaningReport report)
    {
        if (line.All(c => c is >= ' ' and <= '~')) return line;
        var text = line.IsNormalized(NormalizationForm.FormC) ? line : line.Normalize(NormalizationForm.FormC);
        if (!ReferenceEquals(text, line)) report.Record(CleaningStep.Unicode, "nfc", lineNumber, "normalized to NFC");
        var sb = new StringBuilder();
        int zeroWidth = 0, control = 0, fullWidth = 0;
        foreach (var c in text)
        {
            if (UnicodeCleaner.IsZeroWidth(c)) zeroWidth++;
            else if (c != '\t' && char.GetUnicodeCategory(c) == UnicodeCategory.Control) control++;
            else if (c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A')
            {
                fullWidth++;
                sb.Append((char)(c - 0xFEE0));
            }
            else sb.Append(c);
        }
        if (zeroWidth > 0) report.Record(CleaningStep.Unicode, "zero-width", lineNumber, $"removed {zeroWidth} zero-width character(s)", zeroWidth);
        if (control > 0) report.Record(CleaningStep.Unicode, "control", lineNumber, $"removed {control} control character(s)", control);
        if (fullWidth > 0) report.Record(CleaningStep.Unicode, "full-width", lineNumber, $"{fullWidth} full-width letter(s)/digit(s) to half-width", fullWidth);
        return sb.ToString();
    }

    private static bool SlowNeedsCollapse(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c != ' ' && char.IsWhiteSpace(c) || c == ' ' && (i == 0 || i == line.Length - 1 || line[i + 1] == ' ')) return true;
        }
        return false;
    }

    private static string SlowCollapse(string line) =>
        string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
