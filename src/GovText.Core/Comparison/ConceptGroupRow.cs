namespace GovText.Core.Comparison;

/// <summary>One row of <c>concept_by_group.csv</c>: a concept's frequency in one language over one group of documents.</summary>
/// <param name="Group">The group: the value of the <c>--by</c> column.</param>
/// <param name="ConceptId">Concept id.</param>
/// <param name="ConceptEn">English label.</param>
/// <param name="ConceptZh">Chinese label.</param>
/// <param name="Language">Token language (<c>zh</c>, <c>en</c>).</param>
/// <param name="Count">The concept's own matches summed over the group's documents (children not included).</param>
/// <param name="Tokens">Word tokens of the language summed over the group's documents that have text in it.</param>
/// <param name="Per10k">Count / Tokens × 10,000 (NaN when Tokens is 0).</param>
/// <param name="Docs">Documents of the group with text in the language.</param>
/// <param name="DocsWithConcept">Of those, documents where the concept's own terms occur at least once.</param>
/// <param name="DocShare">DocsWithConcept / Docs.</param>
public sealed record ConceptGroupRow(
    string Group, string ConceptId, string ConceptEn, string ConceptZh, string Language,
    long Count, long Tokens, double Per10k, int Docs, int DocsWithConcept, double DocShare)
{
    /// <summary>Category total: own and descendants' matches (distinct spans) summed over the group's documents; never sum over concepts.</summary>
    public long CountWithChildren { get; init; } = Count;

    /// <summary><see cref="CountWithChildren"/> / Tokens × 10,000 (NaN when Tokens is 0).</summary>
    public double Per10kWithChildren { get; init; } = Per10k;

    /// <summary>
    /// The row as a roll-up chart draws it: <see cref="Count"/> and <see cref="Per10k"/> replaced by the category totals.
    /// </summary>
    public ConceptGroupRow AsRolledUp() => this with { Count = CountWithChildren, Per10k = Per10kWithChildren };
}
