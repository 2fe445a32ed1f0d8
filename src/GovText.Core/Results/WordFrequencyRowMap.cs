using CsvHelper.Configuration;
using GovText.Core.Counting;

namespace GovText.Core.Results;

/// <summary>The columns of <c>word_frequencies.csv</c> (meanings: docs/counts.md).</summary>
public sealed class WordFrequencyRowMap : ClassMap<WordFrequencyRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public WordFrequencyRowMap()
    {
        Map(r => r.DocId).Name("doc_id").Index(0);
        Map(r => r.Language).Name("language").Index(1);
        Map(r => r.Token).Name("token").Index(2);
        Map(r => r.Count).Name("count").Index(3);
        // Optional when reading, so tables written before the column existed still load (pos empty).
        Map(r => r.Pos).Name("pos").Index(4).Optional().Default("");
    }
}
