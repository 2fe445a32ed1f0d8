using GovText.Core.Text;

namespace GovText.Core.Counting;

/// <summary>
/// One row of <c>concept_counts.csv</c>: how often one concept occurs in one language of one document,
/// normalized by that language's word tokens (and, for Chinese, by Han characters). <see cref="Count"/> is the
/// concept's own matches, so summing it over concepts never counts a match twice; <see cref="CountWithChildren"/>
/// is the category total of a parent (its own and its descendants' matches), which must not be summed over concepts.
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
    public required Language Language { get; init; }

    /// <summary>The concept's own matches: spans matched by the terms the concept itself lists (not its children's).</summary>
    public required int Count { get; init; }

    /// <summary>
    /// Distinct spans matched by the concept's own terms or any descendant's: the category total. Equal to
    /// <see cref="Count"/> for a concept without children. Do not sum it over concepts: a child's match is in its parent's too.
    /// </summary>
    public required int CountWithChildren { get; init; }

    /// <summary>Word tokens of <see cref="Language"/> in the document.</summary>
    public required int Tokens { get; init; }

    /// <summary><see cref="Count"/> / <see cref="Tokens"/> × 10,000.</summary>
    public required double Per10k { get; init; }

    /// <summary><see cref="CountWithChildren"/> / <see cref="Tokens"/> × 10,000.</summary>
    public required double Per10kWithChildren { get; init; }

    /// <summary>Han characters in the document (zh rows only).</summary>
    public int? HanChars { get; init; }

    /// <summary><see cref="Count"/> / <see cref="HanChars"/> × 10,000 (zh rows only).</summary>
    public double? Per10kHan { get; init; }
}
