using GovText.Core.Comparison;

namespace GovText.Core.Results;

/// <summary>The columns of <c>cooccurrence.csv</c> (meanings: docs/comparisons.md).</summary>
public sealed class CooccurrenceRowMap : TableMap<CooccurrenceRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public CooccurrenceRowMap()
    {
        Column(nameof(CooccurrenceRow.ConceptA), "concept_a");
        Column(nameof(CooccurrenceRow.ConceptB), "concept_b");
        Column(nameof(CooccurrenceRow.Unit), "unit");
        Column(nameof(CooccurrenceRow.Both), "both");
        Column(nameof(CooccurrenceRow.A), "a");
        Column(nameof(CooccurrenceRow.B), "b");
        Column(nameof(CooccurrenceRow.Jaccard), "jaccard").TypeConverter(new CsvCells.Rate());
        Column(nameof(CooccurrenceRow.Pmi), "pmi").TypeConverter(new CsvCells.Rate());
    }
}
