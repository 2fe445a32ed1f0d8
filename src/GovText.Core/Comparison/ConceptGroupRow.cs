namespace GovText.Core.Comparison;

/// <summary>One row of <c>concept_by_group.csv</c>: a concept's frequency in one language over one group of documents.</summary>
public sealed record ConceptGroupRow
{
    /// <summary>The group: the value of the grouping column.</summary>
    public required string Group { get; init; }

    /// <summary>Concept id.</summary>
    public required string ConceptId { get; init; }

    /// <summary>English label.</summary>
    public required string ConceptEn { get; init; }

    /// <summary>Chinese label.</summary>
    public required string ConceptZh { get; init; }

    /// <summary>Token language (<c>zh</c>, <c>en</c>).</summary>
    public required string Language { get; init; }

    /// <summary>Matches summed over the group's documents (parents include children).</summary>
    public required long Count { get; init; }

    /// <summary>Word tokens of the language summed over the group's documents that have text in it.</summary>
    public required long Tokens { get; init; }

    /// <summary>Count / Tokens × 10,000 (NaN when Tokens is 0).</summary>
    public required double Per10k { get; init; }

    /// <summary>Documents of the group with text in the language.</summary>
    public required int Docs { get; init; }

    /// <summary>Of those, documents where the concept occurs at least once.</summary>
    public required int DocsWithConcept { get; init; }

    /// <summary>DocsWithConcept / Docs.</summary>
    public required double DocShare { get; init; }
}
