using CsvHelper.Configuration;
using GovText.Core.Counting;

namespace GovText.Core.Results;

/// <summary>The columns of <c>concept_counts.csv</c> (meanings: docs/counts.md).</summary>
public sealed class ConceptCountRowMap : ClassMap<ConceptCountRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public ConceptCountRowMap()
    {
        Map(r => r.DocId).Name("doc_id").Index(0);
        Map(r => r.ConceptId).Name("concept_id").Index(1);
        Map(r => r.ConceptEn).Name("concept_en").Index(2);
        Map(r => r.ConceptZh).Name("concept_zh").Index(3);
        Map(r => r.Language).Name("language").Index(4);
        Map(r => r.Count).Name("count").Index(5);
        Map(r => r.CountWithChildren).Name("count_with_children").Index(6);
        Map(r => r.Tokens).Name("tokens").Index(7);
        Map(r => r.Per10k).Name("per_10k").Index(8);
        Map(r => r.Per10kWithChildren).Name("per_10k_with_children").Index(9);
        Map(r => r.HanChars).Name("han_chars").Index(10);
        Map(r => r.Per10kHan).Name("per_10k_han").Index(11);
    }
}
