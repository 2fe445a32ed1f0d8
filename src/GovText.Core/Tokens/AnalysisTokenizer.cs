using System.Globalization;
using System.Text;
using GovText.Core.Text;
using GovText.Segmentation;

namespace GovText.Core.Tokens;

/// <summary>
/// Turns text into word tokens for counting: Han words exactly as jieba's accurate cut (with HMM) gives
/// them, Latin-script words re-joined across the pieces jieba splits them into (internal hyphens and
/// apostrophes, accented letters, combining marks), and numbers. Whitespace, punctuation and symbols are
/// dropped. Han and Latin letters are those of <see cref="Script"/>. The rules are documented in docs/segmentation.md.
/// Thread-safe.
/// </summary>
public sealed class AnalysisTokenizer
{
    private readonly Segmenter _segmenter;
    private readonly bool _stems;

    /// <summary>Creates a tokenizer over a segmenter (its user words apply to the Han words).</summary>
    /// <param name="segmenter">The jieba-exact segmenter.</param>
    /// <param name="stems">
    /// Compute <see cref="AnalysisToken.Stem"/> for English words. Stemming is most of the cost of tokenizing English
    /// (measured: 60%), so a caller that never reads stems passes false and gets <see cref="AnalysisToken.Normalized"/> there.
    /// </param>
    public AnalysisTokenizer(Segmenter segmenter, bool stems = true)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _segmenter = segmenter;
        _stems = stems;
    }

    private enum Kind { Other, Han, Piece, Joiner }

    /// <summary>The word tokens of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The input.</param>
    /// <param name="offset">Added to every token's <see cref="AnalysisToken.Start"/> and <see cref="AnalysisToken.End"/>: the
    /// position of <paramref name="text"/> in a larger text (a paragraph in its document), so tokens carry document offsets.</param>
    public IReadOnlyList<AnalysisToken> Tokenize(string text, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = _segmenter.Cut(text, SegmentationMode.Accurate, hmm: true);
        var result = new List<AnalysisToken>();
        var i = 0;
        while (i < pieces.Count)
        {
            var kind = Classify(pieces[i].Text);
            if (kind == Kind.Han)
            {
                var t = pieces[i];
                result.Add(new AnalysisToken(Language.Chinese, t.Text, t.Text, t.Text, t.Start + offset, t.End + offset));
                i++;
                continue;
            }
            if (kind != Kind.Piece) { i++; continue; }
            var last = ExtendWord(pieces, i);
            AddWord(text, offset, pieces, i, last, result);
            i = last + 1;
        }
        return result;
    }

    // Extends a word from piece `first`: directly adjacent pieces join when jieba cut between two letters
    // or two digits (it cuts non-ASCII ones one by one) or before a combining mark, and "-", "'" or "’" join two pieces when they touch both.
    private static int ExtendWord(IReadOnlyList<Token> pieces, int first)
    {
        var last = first;
        while (last + 1 < pieces.Count)
        {
            var left = pieces[last];
            var next = pieces[last + 1];
            if (next.Start != left.End) break;
            var nextKind = Classify(next.Text);
            if (nextKind == Kind.Piece && (IsMark(next.Text[0]) || (IsLetterOrMark(left.Text[^1]) && IsLatinLetter(next.Text[0]))
                || (char.IsDigit(left.Text[^1]) && char.IsDigit(next.Text[0]))))
            {
                last++;
                continue;
            }
            if (nextKind == Kind.Joiner && last + 2 < pieces.Count)
            {
                var after = pieces[last + 2];
                if (after.Start == next.End && Classify(after.Text) == Kind.Piece && char.IsLetterOrDigit(left.Text[^1]) && char.IsLetterOrDigit(after.Text[0]))
                {
                    last += 2;
                    continue;
                }
            }
            break;
        }
        return last;
    }

    // A run with a letter is one English word; a run of numbers joined by hyphens ("2024-10-22") is
    // split back into its numbers, because a date or range is not one number.
    private void AddWord(string text, int offset, IReadOnlyList<Token> pieces, int first, int last, List<AnalysisToken> result)
    {
        var start = pieces[first].Start;
        var end = pieces[last].End;
        var surface = text[start..end];
        if (surface.Any(IsLatinLetter))
        {
            var normalized = Normalize(surface);
            result.Add(new AnalysisToken(Language.English, surface, normalized, _stems ? SnowballEnglish.Stem(normalized) : normalized, start + offset, end + offset));
            return;
        }
        var runStart = first;
        for (var k = first; k <= last + 1; k++)
        {
            if (k <= last && Classify(pieces[k].Text) != Kind.Joiner) continue;
            var s = pieces[runStart].Start;
            var e = pieces[k - 1].End;
            var number = text[s..e];
            var normalized = Normalize(number);
            result.Add(new AnalysisToken(Language.Number, number, normalized, normalized, s + offset, e + offset));
            runStart = k + 1;
        }
    }

    private static string Normalize(string surface) =>
        surface.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('\u2019', '\'');

    private static Kind Classify(string token)
    {
        if (token.Length == 1 && token[0] is '-' or '\'' or '\u2019') return Kind.Joiner;
        var hasWordChar = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (IsHan(token, i)) return Kind.Han;
            if (IsLatinLetter(c) || char.IsDigit(c)) hasWordChar = true;
            else if (!IsMark(c) && !(c is '.' or '%' && hasWordChar)) return Kind.Other;
        }
        if (hasWordChar) return Kind.Piece;
        // A lone combining mark continues the previous word; ExtendWord decides whether one precedes it.
        return token.Length > 0 && IsMark(token[0]) ? Kind.Piece : Kind.Other;
    }

    // Han and Latin letters as Text/Script defines them for every stage (han_chars, language tags, lexicon terms).
    private static bool IsHan(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            ? Script.IsHan(char.ConvertToUtf32(s[i], s[i + 1]))
            : Script.IsHan(s[i]);

    private static bool IsLatinLetter(char c) => Script.IsLatinLetter(c);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsLetterOrMark(char c) => IsLatinLetter(c) || IsMark(c);
}
