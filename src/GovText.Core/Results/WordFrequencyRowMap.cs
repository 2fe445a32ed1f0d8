using GovText.Core.Counting;

namespace GovText.Core.Results;

/// <summary>The columns of <c>word_frequencies.csv</c> (meanings: docs/counts.md).</summary>
public sealed class WordFrequencyRowMap : TableMap<WordFrequencyRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public WordFrequencyRowMap()
    {
        Column(nameof(WordFrequencyRow.DocId), "doc_id");
        Column(nameof(WordFrequencyRow.Language), "language");
        Column(nameof(WordFrequencyRow.Token), "token");
        Column(nameof(WordFrequencyRow.Count), "count");
        // Optional when reading, so tables written before the column existed still load (pos empty).
        Column(nameof(WordFrequencyRow.Pos), "pos").Optional().Default("");
    }
}
