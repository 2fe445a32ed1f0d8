using CsvHelper.Configuration;
using GovText.Core.Comparison;

namespace GovText.Core.Results;

/// <summary>The columns of <c>concept_by_group.csv</c> (meanings: docs/comparisons.md).</summary>
public sealed class ConceptGroupRowMap : ClassMap<ConceptGroupRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public ConceptGroupRowMap()
    {
        Map(r => r.Group).Name("group").Index(0);
        Map(r => r.ConceptId).Name("concept_id").Index(1);
        Map(r => r.ConceptEn).Name("concept_en").Index(2);
        Map(r => r.ConceptZh).Name("concept_zh").Index(3);
        Map(r => r.Language).Name("language").Index(4);
        Map(r => r.Count).Name("count").Index(5);
        Map(r => r.CountWithChildren).Name("count_with_children").Index(6);
        Map(r => r.Tokens).Name("tokens").Index(7);
        Map(r => r.Per10k).Name("per_10k").Index(8).TypeConverter<CsvCells.Rate>();
        Map(r => r.Per10kWithChildren).Name("per_10k_with_children").Index(9).TypeConverter<CsvCells.Rate>();
        Map(r => r.Docs).Name("docs").Index(10);
        Map(r => r.DocsWithConcept).Name("docs_with_concept").Index(11);
        Map(r => r.DocShare).Name("doc_share").Index(12).TypeConverter<CsvCells.Rate>();
    }
}
