namespace GovText.Core.Comparison;

/// <summary>One row of <c>cooccurrence.csv</c>: how often two concepts are mentioned in the same unit.</summary>
/// <param name="ConceptA">The ordinally smaller concept id.</param>
/// <param name="ConceptB">The ordinally larger concept id.</param>
/// <param name="Unit"><c>sentence</c>, <c>paragraph</c> or <c>document</c>.</param>
/// <param name="Both">Units mentioning both concepts.</param>
/// <param name="A">Units mentioning concept A.</param>
/// <param name="B">Units mentioning concept B.</param>
/// <param name="Units">Units of this kind in the corpus, with or without matches (N in the PMI).</param>
/// <param name="Jaccard">Both / (A + B − Both).</param>
/// <param name="Pmi">log2(Both · N / (A · B)); NaN (an empty cell) when Both is 0.</param>
public sealed record CooccurrenceRow(
    string ConceptA, string ConceptB, string Unit, int Both, int A, int B, long Units, double Jaccard, double Pmi);
