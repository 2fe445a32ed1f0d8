using CsvHelper.Configuration;
using GovText.Core.Comparison;

namespace GovText.Core.Results;

/// <summary>The columns of <c>cooccurrence.csv</c> (meanings: docs/comparisons.md).</summary>
public sealed class CooccurrenceRowMap : ClassMap<CooccurrenceRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public CooccurrenceRowMap()
    {
        Map(r => r.ConceptA).Name("concept_a").Index(0);
        Map(r => r.ConceptB).Name("concept_b").Index(1);
        Map(r => r.Unit).Name("unit").Index(2);
        Map(r => r.Both).Name("both").Index(3);
        Map(r => r.A).Name("a").Index(4);
        Map(r => r.B).Name("b").Index(5);
        Map(r => r.Jaccard).Name("jaccard").Index(6).TypeConverter<CsvCells.Rate>();
        Map(r => r.Pmi).Name("pmi").Index(7).TypeConverter<CsvCells.Rate>();
    }
}
