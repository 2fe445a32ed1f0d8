using GovText.Core.Counting;

namespace GovText.Core.Results;

/// <summary>The columns of <c>concept_matches.csv</c> (meanings: docs/counts.md).</summary>
public sealed class ConceptMatchRowMap : TableMap<ConceptMatchRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public ConceptMatchRowMap()
    {
        Column(nameof(ConceptMatchRow.DocId), "doc_id");
        Column(nameof(ConceptMatchRow.ConceptId), "concept_id");
        Column(nameof(ConceptMatchRow.Language), "language");
        Column(nameof(ConceptMatchRow.Term), "term");
        Column(nameof(ConceptMatchRow.Paragraph), "paragraph");
        Column(nameof(ConceptMatchRow.Sentence), "sentence");
        Column(nameof(ConceptMatchRow.Start), "start");
        Column(nameof(ConceptMatchRow.End), "end");
        Column(nameof(ConceptMatchRow.MatchedText), "matched_text");
    }
}
