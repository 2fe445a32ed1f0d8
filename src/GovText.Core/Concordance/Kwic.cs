using GovText.Core.Text;
using System.Text;
using GovText.Core.Counting;
using GovText.Core.Matching;

namespace GovText.Core.Concordance;

/// <summary>
/// Builds concordance (key word in context) lines for a document's matches. Context never leaves the hit's paragraph:
/// a concordance line shows how the term is used in its own passage.
/// </summary>
public static class Kwic
{
    /// <summary>
    /// The matches a <c>kwic</c> run shows: those of <paramref name="conceptId"/> and its descendants (all matches when
    /// null), one line per matched span (a term listed under a concept and its child appears once, under the first).
    /// </summary>
    /// <exception cref="Errors.ConfigurationException">The concept id is not in the lexicon.</exception>
    public static List<ConceptMatch> Select(IEnumerable<ConceptMatch> matches, CompiledLexicon lexicon, string? conceptId)
    {
        HashSet<string>? wanted = conceptId is null ? null : new(lexicon.SelfAndDescendants(conceptId), StringComparer.Ordinal);
        var seen = new HashSet<(int, int, int)>();
        return matches.Where(m => (wanted is null || wanted.Contains(m.ConceptId)) && seen.Add((m.Sentence, m.Start, m.End))).ToList();
    }

    /// <summary>One concordance line per match, in the order given.</summary>
    /// <param name="docId">The document id.</param>
    /// <param name="text">The document text.</param>
    /// <param name="sentences">The document's sentences of tokens (all of them: context reaches into neighbouring sentences of the same paragraph).</param>
    /// <param name="matches">The matches to show (see <see cref="Select"/>).</param>
    /// <param name="options">Context sizes.</param>
    public static List<KwicLine> Build(
        string docId, string text, IReadOnlyList<TokenSentence> sentences, IEnumerable<ConceptMatch> matches, KwicOptions options)
    {
        var paragraphs = Paragraphs(text, sentences);
        var offsets = CodePointOffsets.For(text);
        var lines = new List<KwicLine>();
        foreach (var match in matches)
        {
            if (!paragraphs.TryGetValue(match.Paragraph, out var paragraph))
                throw new ArgumentException($"match in paragraph {match.Paragraph}, which has no tokens in the sentences given", nameof(matches));
            string left, right;
            if (match.Language == Language.Chinese)
            {
                left = LastCodePoints(Whitespace.Collapse(text[paragraph.Start..match.Start]), options.ChineseChars);
                right = FirstCodePoints(Whitespace.Collapse(text[match.End..paragraph.End]), options.ChineseChars);
            }
            else
            {
                var first = FirstTokenAtOrAfter(paragraph.Tokens, match.Start);
                var from = first - options.EnglishWords >= 0 ? paragraph.Tokens[first - options.EnglishWords].Start : paragraph.Start;
                var after = FirstTokenAtOrAfter(paragraph.Tokens, match.End);
                var lastRight = after + options.EnglishWords - 1;
                var to = lastRight < paragraph.Tokens.Count ? paragraph.Tokens[lastRight].End : paragraph.End;
                left = Whitespace.Collapse(text[Math.Min(from, match.Start)..match.Start]);
                right = Whitespace.Collapse(text[match.End..Math.Max(to, match.End)]);
            }
            lines.Add(new KwicLine
            {
                DocId = docId,
                ConceptId = match.ConceptId,
                Language = match.Language,
                Sentence = match.Sentence,
                Start = offsets.ToCodePoint(match.Start),
                End = offsets.ToCodePoint(match.End),
                Left = left,
                Hit = Whitespace.Collapse(match.MatchedText),
                Right = right,
            });
        }
        return lines;
    }


    private sealed record Paragraph(int Start, int End, List<(int Start, int End)> Tokens);

    /// <summary>
    /// Each paragraph's extent: from its first token to its last, widened over the characters around them (punctuation,
    /// quotes) up to a line break or the neighbouring paragraph's tokens.
    /// </summary>
    private static Dictionary<int, Paragraph> Paragraphs(string text, IReadOnlyList<TokenSentence> sentences)
    {
        var ordered = new List<(int Index, List<(int Start, int End)> Tokens)>();
        foreach (var sentence in sentences)
        {
            if (sentence.Tokens.IsEmpty) continue;
            if (ordered.Count == 0 || ordered[^1].Index != sentence.Paragraph) ordered.Add((sentence.Paragraph, []));
            foreach (var token in sentence.Tokens.Span) ordered[^1].Tokens.Add((token.Start, token.End));
        }

        var result = new Dictionary<int, Paragraph>();
        for (var p = 0; p < ordered.Count; p++)
        {
            var tokens = ordered[p].Tokens;
            var floor = p > 0 ? ordered[p - 1].Tokens[^1].End : 0;
            var ceiling = p + 1 < ordered.Count ? ordered[p + 1].Tokens[0].Start : text.Length;
            var start = tokens[0].Start;
            while (start > floor && text[start - 1] is not '\n' and not '\r') start--;
            var end = tokens[^1].End;
            while (end < ceiling && text[end] is not '\n' and not '\r') end++;
            result.TryAdd(ordered[p].Index, new Paragraph(start, end, tokens));
        }
        return result;
    }

    private static int FirstTokenAtOrAfter(List<(int Start, int End)> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static string LastCodePoints(string text, int n)
    {
        var runes = text.EnumerateRunes().ToList();
        return string.Concat(runes.Skip(Math.Max(0, runes.Count - n)).Select(r => r.ToString())).TrimStart();
    }

    private static string FirstCodePoints(string text, int n) =>
        string.Concat(text.EnumerateRunes().Take(n).Select(r => r.ToString())).TrimEnd();
}
