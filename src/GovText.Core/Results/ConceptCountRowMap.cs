using GovText.Core.Counting;

namespace GovText.Core.Results;

/// <summary>The columns of <c>concept_counts.csv</c> (meanings: docs/counts.md).</summary>
public sealed class ConceptCountRowMap : TableMap<ConceptCountRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public ConceptCountRowMap()
    {
        Column(nameof(ConceptCountRow.DocId), "doc_id");
        Column(nameof(ConceptCountRow.ConceptId), "concept_id");
        Column(nameof(ConceptCountRow.ConceptEn), "concept_en");
        Column(nameof(ConceptCountRow.ConceptZh), "concept_zh");
        Column(nameof(ConceptCountRow.Language), "language");
        Column(nameof(ConceptCountRow.Count), "count");
        Column(nameof(ConceptCountRow.CountWithChildren), "count_with_children");
        Column(nameof(ConceptCountRow.Tokens), "tokens");
        Column(nameof(ConceptCountRow.Per10k), "per_10k");
        Column(nameof(ConceptCountRow.Per10kWithChildren), "per_10k_with_children");
        Column(nameof(ConceptCountRow.HanChars), "han_chars");
        Column(nameof(ConceptCountRow.Per10kHan), "per_10k_han");
    }
}
