using GovText.Core.Documents;
using GovText.Core.Ingestion;
using GovText.Core.Tests.Support;
using GovText.Core.Text;

namespace GovText.Core.Tests.Text;

/// <summary>
/// The script counts, Latin-letter test and sentence splitter take fast paths (range tests before Unicode category
/// lookups, a vectorised search for end marks, counts summed over sentences). Each must give exactly what the plain
/// definition gives, here written out the slow way, on every line of the sample and reference corpora and on edge cases.
/// </summary>
public class ScriptFastPathTests
{
    private static readonly string[] EdgeCases =
    [
        "", " ", "a", "中", "\uD840\uDC00", "\uD840", "\uDC00", "a\uD840b", "\uDC00\uD840", "ab\uD87E\uDC04cd", "𠀀𠀁abc𪜀",
        "Ａｂｃ　ＤＥＦ", "Ǆǅ ǈ ǋ", "ʰʱ ḁ ⱡ ꜧ", "ﬁ ﬂ", "〇二一", "abc。def", "U.S. policy. Next", "e.g. this", "他说：“我们要发展。”然后",
        "6.9 percent.", "Mr. Smith went.", "……？！", "a\u00A0b\u3000c", "x.\"Y", "(see p. 3). Then",
    ];

    [Fact]
    public void Latin_letters_are_what_the_category_first_definition_says_for_every_char()
    {
        for (var c = char.MinValue; ; c++)
        {
            Assert.True(SlowIsLatinLetter(c) == Script.IsLatinLetter(c), $"U+{(int)c:X4}");
            if (c == char.MaxValue) break;
        }
    }

    [Fact]
    public void Script_counts_equal_the_rune_by_rune_count_on_every_corpus_line()
    {
        var lines = 0;
        foreach (var line in CorpusLines.All().Concat(EdgeCases))
        {
            Assert.Equal(SlowCount(line), Script.Count(line));
            lines++;
        }
        Assert.True(lines > CorpusLines.AtLeast(1000, 100), $"only {lines} lines");
    }

    [Fact]
    public void Sentence_spans_equal_the_char_by_char_splitter_on_every_corpus_line()
    {
        foreach (var line in CorpusLines.All().Concat(EdgeCases))
        {
            var paragraph = line.Trim();
            Assert.Equal(SlowSplit(paragraph), SentenceSplitter.Split(paragraph));
        }
    }

    [Fact]
    public void Document_counts_summed_over_sentences_equal_a_count_of_the_joined_text()
    {
        // Each corpus file's non-empty lines as one document's paragraphs: the text a Document would hold.
        var files = new List<string[]>();
        var current = new List<string>();
        foreach (var line in CorpusLines.All())
        {
            var paragraph = Whitespace.Collapse(line);
            if (paragraph.Length > 0) current.Add(paragraph);
            if (current.Count == 200)
            {
                files.Add([.. current]);
                current.Clear();
            }
        }
        files.Add([.. current]);
        files.Add([.. EdgeCases.Select(Whitespace.Collapse).Where(e => e.Length > 0)]);
        files.Add(["a", "b"]);
        files.Add([]);
        foreach (var paragraphs in files)
        {
            var built = DocumentBuilder.Split(paragraphs, out var sentenceCount, out var counts);
            var text = string.Join(Document.ParagraphSeparator, paragraphs);
            Assert.Equal(SlowCount(text), counts);
            Assert.Equal(built.Sum(p => p.Sentences.Count), sentenceCount);
            foreach (var sentence in built.SelectMany(p => p.Sentences))
            {
                var counted = SlowCount(text[sentence.Start..sentence.End]);
                Assert.Equal(LanguageTagger.TagSentence(text.AsSpan(sentence.Start, sentence.Length)), sentence.Language);
                Assert.Equal(Tag(counted), sentence.Language);
            }
        }
    }

    private static Language Tag(ScriptCounts c)
    {
        if (c.Han == 0 && c.LatinWords == 0) return Language.Other;
        var zh = c.Han / LanguageTagger.HanCharsPerWord;
        var share = zh / (zh + c.LatinWords);
        return share >= LanguageTagger.SentenceThreshold ? Language.Chinese : share <= 1 - LanguageTagger.SentenceThreshold ? Language.English : Language.Mixed;
    }

    private static bool SlowIsLatinLetter(char c) =>
        char.IsLetter(c) && (c < '\u02B0' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2C60' and <= '\u2C7F'
            or >= '\uA720' and <= '\uA7FF' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A');

    private static ScriptCounts SlowCount(string text)
    {
        int chars = 0, han = 0, words = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            chars++;
            if (Script.IsHan(rune.Value)) han++;
            var latin = rune.IsBmp && SlowIsLatinLetter((char)rune.Value);
            if (latin && !inWord) words++;
            inWord = latin;
        }
        return new ScriptCounts(chars, han, words);
    }

    // The splitter as first written: every character tested against the mark strings.
    private static List<(int Start, int End)> SlowSplit(string paragraph)
    {
        const string chineseEnds = "。！？；…";
        const string latinEnds = ".!?";
        const string closers = "”’」』）》】〕〉\"')]";
        var spans = new List<(int, int)>();
        var start = 0;
        var i = 0;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            var isChinese = chineseEnds.Contains(c);
            var isLatin = !isChinese && latinEnds.Contains(c);
            if (!isChinese && !isLatin || isLatin && c == '.' && !PeriodCanEnd(paragraph, i))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < paragraph.Length && (chineseEnds.Contains(paragraph[end]) || latinEnds.Contains(paragraph[end])))
            {
                isChinese |= chineseEnds.Contains(paragraph[end]);
                end++;
            }
            while (end < paragraph.Length && closers.Contains(paragraph[end])) end++;
            if (isChinese || end == paragraph.Length || char.IsWhiteSpace(paragraph[end]) || Script.IsHan(paragraph[end]))
            {
                Add(spans, paragraph, start, end);
                start = end;
            }
            i = end;
        }
        Add(spans, paragraph, start, paragraph.Length);
        return spans;
    }

    // Whether a period ends a sentence (abbreviations, initials, decimals) is the splitter's own rule, unchanged by the
    // fast path: the reference asks it.
    private static bool PeriodCanEnd(string text, int dot) => SentenceSplitter.PeriodCanEnd(text, dot);

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add((start, end));
    }
}
