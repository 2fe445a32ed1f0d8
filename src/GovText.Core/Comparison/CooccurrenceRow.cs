namespace GovText.Core.Comparison;

/// <summary>One row of <c>cooccurrence.csv</c>: how often two concepts are mentioned in the same unit.</summary>
public sealed record CooccurrenceRow
{
    /// <summary>The ordinally smaller concept id.</summary>
    public required string ConceptA { get; init; }

    /// <summary>The ordinally larger concept id.</summary>
    public required string ConceptB { get; init; }

    /// <summary><c>sentence</c>, <c>paragraph</c> or <c>document</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>Units mentioning both concepts.</summary>
    public required int Both { get; init; }

    /// <summary>Units mentioning concept A.</summary>
    public required int A { get; init; }

    /// <summary>Units mentioning concept B.</summary>
    public required int B { get; init; }

    /// <summary>Units of this kind in the corpus, with or without matches (N in the PMI); not a column of the file.</summary>
    public long Units { get; init; }

    /// <summary>Both / (A + B − Both).</summary>
    public required double Jaccard { get; init; }

    /// <summary>log2(Both · N / (A · B)); NaN (an empty cell) when Both is 0.</summary>
    public required double Pmi { get; init; }
}
