using CsvHelper.Configuration.Attributes;

namespace GovText.Core.Counting;

/// <summary>
/// One row of <c>concept_counts.csv</c>: how often one concept occurs in one language of one document,
/// normalized by that language's word tokens (and, for Chinese, by Han characters).
/// </summary>
public sealed record ConceptCountRow
{
    /// <summary>Document id.</summary>
    [Name("doc_id"), Index(0)] public required string DocId { get; init; }

    /// <summary>Concept id from the lexicon.</summary>
    [Name("concept_id"), Index(1)] public required string ConceptId { get; init; }

    /// <summary>English label of the concept.</summary>
    [Name("concept_en"), Index(2)] public required string ConceptEn { get; init; }

    /// <summary>Chinese label of the concept.</summary>
    [Name("concept_zh"), Index(3)] public required string ConceptZh { get; init; }

    /// <summary>Token language the matches were counted in: <c>zh</c> or <c>en</c>.</summary>
    [Name("language"), Index(4)] public required string Language { get; init; }

    /// <summary>Number of matches (children rolled up into parents).</summary>
    [Name("count"), Index(5)] public required int Count { get; init; }

    /// <summary>Word tokens of <see cref="Language"/> in the document.</summary>
    [Name("tokens"), Index(6)] public required int Tokens { get; init; }

    /// <summary><see cref="Count"/> / <see cref="Tokens"/> × 10,000.</summary>
    [Name("per_10k"), Index(7)] public required double Per10k { get; init; }

    /// <summary>Han characters in the document (zh rows only).</summary>
    [Name("han_chars"), Index(8)] public int? HanChars { get; init; }

    /// <summary><see cref="Count"/> / <see cref="HanChars"/> × 10,000 (zh rows only).</summary>
    [Name("per_10k_han"), Index(9)] public double? Per10kHan { get; init; }
}
