using System.Globalization;
using GovText.Core.Counting;
using GovText.Core.Documents;
using System.Text.RegularExpressions;
using GovText.Core.Text;
using GovText.Report.Results;
using GovText.Report.View;

namespace GovText.Report.Building;

/// <summary>
/// For each concept, its first hits (in <c>concept_matches.csv</c> order: document, then text) shown in their sentence,
/// cut from <c>text/&lt;doc_id&gt;.txt</c> exactly as the count stage split it, so a reader can check what was counted.
/// </summary>
internal static partial class KwicSection
{
    /// <summary>Longest context shown on each side of a hit, in code points.</summary>
    private const int MaxContext = 110;

    public static IReadOnlyList<KwicView> Build(ResultsFolder results, int perConcept)
    {
        var counts = results.Counts;
        var texts = new Dictionary<string, DocumentText?>(StringComparer.Ordinal);
        var views = new List<KwicView>();
        foreach (var concept in counts.Concepts)
        {
            var lines = new List<KwicLineView>();
            foreach (var m in counts.FirstMatches(concept.Id).Take(perConcept))
            {
                if (!texts.TryGetValue(m.DocId, out var text))
                    texts[m.DocId] = text = results.Text(m.DocId) is { } t ? new DocumentText(t) : null;
                lines.Add(Line(m, text));
            }
            views.Add(new KwicView(ConceptSection.Label(concept), "kwic-" + concept.Id, Format.Integer(counts.Matches(concept.Id)), lines));
        }
        return views;
    }

    private static KwicLineView Line(ConceptMatchRow m, DocumentText? text)
    {
        var where = $"sentence {(m.Sentence + 1).ToString(CultureInfo.InvariantCulture)}, characters {m.Start.ToString(CultureInfo.InvariantCulture)}–{m.End.ToString(CultureInfo.InvariantCulture)}";
        if (text is null || !text.TryLocate(m, out var sentence, out var start, out var end))
            return new KwicLineView(m.DocId, where + " (text/ file missing or changed: showing the match only)", "", m.MatchedText, "", m.Term);
        var left = Collapse(text.Value[sentence.Start..start]);
        var right = Collapse(text.Value[end..sentence.End]);
        return new KwicLineView(m.DocId, where, Last(left, MaxContext), Collapse(text.Value[start..end]), First(right, MaxContext), m.Term);
    }

    // Runs of whitespace (line breaks inside a sentence) become one space; unlike Whitespace.Collapse the ends are kept,
    // so the space between a context and its hit stays.
    private static string Collapse(string s) => WhitespaceRun().Replace(s, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    private static string Last(string s, int n)
    {
        var runes = s.EnumerateRunes().ToList();
        return runes.Count <= n ? s : "…" + string.Concat(runes.Skip(runes.Count - n).Select(r => r.ToString()));
    }

    private static string First(string s, int n)
    {
        var runes = s.EnumerateRunes().ToList();
        return runes.Count <= n ? s : string.Concat(runes.Take(n).Select(r => r.ToString())) + "…";
    }

    /// <summary>A document's cleaned text with its sentences as the ingest stage numbered them.</summary>
    private sealed class DocumentText
    {
        private readonly List<(int Start, int End)> _sentences = [];
        private readonly int[] _utf16; // code point offset → UTF-16 offset

        public DocumentText(string value)
        {
            Value = value;
            var offset = 0;
            foreach (var paragraph in value.Split(Document.ParagraphSeparator))
            {
                foreach (var (start, end) in SentenceSplitter.Split(paragraph)) _sentences.Add((offset + start, offset + end));
                offset += paragraph.Length + Document.ParagraphSeparator.Length;
            }
            var map = new List<int>(value.Length + 1);
            for (var i = 0; i < value.Length; i += char.IsSurrogatePair(value, i) ? 2 : 1) map.Add(i);
            map.Add(value.Length);
            _utf16 = [.. map];
        }

        public string Value { get; }

        /// <summary>Finds the match's sentence and UTF-16 span; false when the text does not hold the matched text there.</summary>
        public bool TryLocate(ConceptMatchRow m, out (int Start, int End) sentence, out int start, out int end)
        {
            sentence = default;
            start = end = 0;
            if (m.Sentence < 0 || m.Sentence >= _sentences.Count || m.Start < 0 || m.End < m.Start || m.End >= _utf16.Length) return false;
            start = _utf16[m.Start];
            end = _utf16[m.End];
            sentence = _sentences[m.Sentence];
            if (start < sentence.Start || end > sentence.End) return false;
            return string.Equals(Value[start..end], m.MatchedText, StringComparison.Ordinal)
                || string.Equals(Collapse(Value[start..end]), Collapse(m.MatchedText), StringComparison.Ordinal);
        }
    }
}
