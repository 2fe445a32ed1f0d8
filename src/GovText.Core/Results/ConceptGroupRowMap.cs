using GovText.Core.Comparison;

namespace GovText.Core.Results;

/// <summary>The columns of <c>concept_by_group.csv</c> (meanings: docs/comparisons.md).</summary>
public sealed class ConceptGroupRowMap : TableMap<ConceptGroupRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public ConceptGroupRowMap()
    {
        Column(nameof(ConceptGroupRow.Group), "group");
        Column(nameof(ConceptGroupRow.ConceptId), "concept_id");
        Column(nameof(ConceptGroupRow.ConceptEn), "concept_en");
        Column(nameof(ConceptGroupRow.ConceptZh), "concept_zh");
        Column(nameof(ConceptGroupRow.Language), "language");
        Column(nameof(ConceptGroupRow.Count), "count");
        Column(nameof(ConceptGroupRow.CountWithChildren), "count_with_children");
        Column(nameof(ConceptGroupRow.Tokens), "tokens");
        Column(nameof(ConceptGroupRow.Per10k), "per_10k").TypeConverter(new CsvCells.Rate());
        Column(nameof(ConceptGroupRow.Per10kWithChildren), "per_10k_with_children").TypeConverter(new CsvCells.Rate());
        Column(nameof(ConceptGroupRow.Docs), "docs");
        Column(nameof(ConceptGroupRow.DocsWithConcept), "docs_with_concept");
        Column(nameof(ConceptGroupRow.DocShare), "doc_share").TypeConverter(new CsvCells.Rate());
    }
}
