using GovText.Core.Text;

namespace GovText.Core.Counting;

/// <summary>
/// One row of <c>concept_matches.csv</c>: a single match, traceable to the cleaned text
/// (<c>text/&lt;doc_id&gt;.txt</c>) by its offsets.
/// </summary>
public sealed record ConceptMatchRow
{
    /// <summary>Document id.</summary>
    public required string DocId { get; init; }

    /// <summary>The concept whose term matched (the concept that lists the term, not its parents).</summary>
    public required string ConceptId { get; init; }

    /// <summary><c>zh</c> or <c>en</c>.</summary>
    public required Language Language { get; init; }

    /// <summary>The lexicon term as written in the lexicon.</summary>
    public required string Term { get; init; }

    /// <summary>0-based paragraph index in the document (for paragraph-level co-occurrence).</summary>
    public required int Paragraph { get; init; }

    /// <summary>0-based sentence index in the document.</summary>
    public required int Sentence { get; init; }

    /// <summary>Start offset in the cleaned text, in Unicode code points (what Python's str indexing uses).</summary>
    public required int Start { get; init; }

    /// <summary>End offset (exclusive) in the cleaned text, in Unicode code points.</summary>
    public required int End { get; init; }

    /// <summary>The text that matched, as it stands in the cleaned text.</summary>
    public required string MatchedText { get; init; }
}
