using CsvHelper.Configuration.Attributes;

namespace GovText.Core.Counting;

/// <summary>
/// One row of <c>concept_matches.csv</c>: a single match, traceable to the cleaned text
/// (<c>text/&lt;doc_id&gt;.txt</c>) by its offsets.
/// </summary>
public sealed record ConceptMatchRow
{
    /// <summary>Document id.</summary>
    [Name("doc_id"), Index(0)] public required string DocId { get; init; }

    /// <summary>The concept whose term matched (the concept that lists the term, not its parents).</summary>
    [Name("concept_id"), Index(1)] public required string ConceptId { get; init; }

    /// <summary><c>zh</c> or <c>en</c>.</summary>
    [Name("language"), Index(2)] public required string Language { get; init; }

    /// <summary>The lexicon term as written in the lexicon.</summary>
    [Name("term"), Index(3)] public required string Term { get; init; }

    /// <summary>0-based paragraph index in the document (for paragraph-level co-occurrence).</summary>
    [Name("paragraph"), Index(4)] public required int Paragraph { get; init; }

    /// <summary>0-based sentence index in the document.</summary>
    [Name("sentence"), Index(5)] public required int Sentence { get; init; }

    /// <summary>Start offset in the cleaned text, in Unicode code points (what Python's str indexing uses).</summary>
    [Name("start"), Index(6)] public required int Start { get; init; }

    /// <summary>End offset (exclusive) in the cleaned text, in Unicode code points.</summary>
    [Name("end"), Index(7)] public required int End { get; init; }

    /// <summary>The text that matched, as it stands in the cleaned text.</summary>
    [Name("matched_text"), Index(8)] public required string MatchedText { get; init; }
}
