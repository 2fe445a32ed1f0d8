using CsvHelper.Configuration;
using GovText.Core.Counting;

namespace GovText.Core.Results;

/// <summary>The columns of <c>concept_matches.csv</c> (meanings: docs/counts.md).</summary>
public sealed class ConceptMatchRowMap : ClassMap<ConceptMatchRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public ConceptMatchRowMap()
    {
        Map(r => r.DocId).Name("doc_id").Index(0);
        Map(r => r.ConceptId).Name("concept_id").Index(1);
        Map(r => r.Language).Name("language").Index(2);
        Map(r => r.Term).Name("term").Index(3);
        Map(r => r.Paragraph).Name("paragraph").Index(4);
        Map(r => r.Sentence).Name("sentence").Index(5);
        Map(r => r.Start).Name("start").Index(6);
        Map(r => r.End).Name("end").Index(7);
        Map(r => r.MatchedText).Name("matched_text").Index(8);
    }
}
