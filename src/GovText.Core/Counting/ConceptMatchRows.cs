using GovText.Core.Matching;

namespace GovText.Core.Counting;

/// <summary>Turns a document's matches into <c>concept_matches.csv</c> rows, offsets converted to code points.</summary>
public static class ConceptMatchRows
{
    /// <summary>One row per match, in the order given (text order from <see cref="ConceptMatcher"/>).</summary>
    /// <param name="docId">The document id.</param>
    /// <param name="text">The document text the matches' UTF-16 offsets point into.</param>
    /// <param name="matches">The document's matches.</param>
    public static List<ConceptMatchRow> Create(string docId, string text, IEnumerable<ConceptMatch> matches)
    {
        var offsets = CodePointOffsets.For(text);
        return matches.Select(m => new ConceptMatchRow
        {
            DocId = docId,
            ConceptId = m.ConceptId,
            Language = m.Language,
            Term = m.Term,
            Paragraph = m.Paragraph,
            Sentence = m.Sentence,
            Start = offsets.ToCodePoint(m.Start),
            End = offsets.ToCodePoint(m.End),
            MatchedText = m.MatchedText,
        }).ToList();
    }
}
