using GovText.Core.Text;

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
    public required Language Language { get; init; }

    /// <summary>The concept's own matches summed over the group's documents (children not included).</summary>
    public required long Count { get; init; }

    /// <summary>Category total: own and descendants' matches (distinct spans) summed over the group's documents; never sum over concepts.</summary>
    public required long CountWithChildren { get; init; }

    /// <summary>Word tokens of the language summed over the group's documents that have text in it.</summary>
    public required long Tokens { get; init; }

    /// <summary>Count / Tokens × 10,000 (NaN when Tokens is 0).</summary>
    public required double Per10k { get; init; }

    /// <summary><see cref="CountWithChildren"/> / Tokens × 10,000 (NaN when Tokens is 0).</summary>
    public required double Per10kWithChildren { get; init; }

    /// <summary>Documents of the group with text in the language.</summary>
    public required int Docs { get; init; }

    /// <summary>Of those, documents where the concept's own terms occur at least once.</summary>
    public required int DocsWithConcept { get; init; }

    /// <summary>DocsWithConcept / Docs.</summary>
    public required double DocShare { get; init; }

    /// <summary>
    /// The row as a roll-up chart draws it: <see cref="Count"/> and <see cref="Per10k"/> replaced by the category totals.
    /// </summary>
    public ConceptGroupRow AsRolledUp() => this with { Count = CountWithChildren, Per10k = Per10kWithChildren };
}
