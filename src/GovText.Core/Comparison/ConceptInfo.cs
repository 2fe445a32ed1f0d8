namespace GovText.Core.Comparison;

/// <summary>A concept as the comparison tables and charts show it.</summary>
/// <param name="Id">Lexicon id.</param>
/// <param name="En">English label.</param>
/// <param name="Zh">Chinese label.</param>
/// <param name="Order">0-based position in lexicon order (first appearance in <c>concept_counts.csv</c>); keys the chart palette.</param>
public sealed record ConceptInfo(string Id, string En, string Zh, int Order);
