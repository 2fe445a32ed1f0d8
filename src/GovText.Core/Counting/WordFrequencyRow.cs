using GovText.Core.Text;

namespace GovText.Core.Counting;

/// <summary>One row of <c>word_frequencies.csv</c>: a word type's frequency in one language of one document.</summary>
public sealed record WordFrequencyRow
{
    /// <summary>Document id.</summary>
    public required string DocId { get; init; }

    /// <summary><c>zh</c>, <c>en</c> or <c>num</c>.</summary>
    public required Language Language { get; init; }

    /// <summary>The normalized token (lowercased for Latin script; never stemmed).</summary>
    public required string Token { get; init; }

    /// <summary>Occurrences in the document.</summary>
    public required int Count { get; init; }

    /// <summary>
    /// For Chinese tokens, jieba's POS tag of the word (the user's tag, else dict.txt's: the flag jieba.posseg gives it
    /// when it cuts it as a dictionary word); empty for words jieba's dictionary lacks and for other languages.
    /// </summary>
    public string Pos { get; init; } = "";
}
