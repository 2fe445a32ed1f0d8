namespace GovText.Core.Counting;

/// <summary>
/// One row of <c>concept_counts.csv</c>: how often one concept occurs in one language of one document,
/// normalized by that language's word tokens (and, for Chinese, by Han characters).
/// </summary>
public sealed record ConceptCountRow
{
    /// <summary>Document id.</summary>
    public required string DocId { get; init; }

    /// <summary>Concept id from the lexicon.</summary>
    public required string ConceptId { get; init; }

    /// <summary>English label of the concept.</summary>
    public required string ConceptEn { get; init; }

    /// <summary>Chinese label of the concept.</summary>
    public required string ConceptZh { get; init; }

    /// <summary>Token language the matches were counted in: <c>zh</c> or <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Number of matches (children rolled up into parents).</summary>
    public required int Count { get; init; }

    /// <summary>Word tokens of <see cref="Language"/> in the document.</summary>
    public required int Tokens { get; init; }

    /// <summary><see cref="Count"/> / <see cref="Tokens"/> × 10,000.</summary>
    public required double Per10k { get; init; }

    /// <summary>Han characters in the document (zh rows only).</summary>
    public int? HanChars { get; init; }

    /// <summary><see cref="Count"/> / <see cref="HanChars"/> × 10,000 (zh rows only).</summary>
    public double? Per10kHan { get; init; }
}
