using GovText.Core.StopWords;

namespace GovText.Core.Comparison;

/// <summary>Options of the comparison stage (<see cref="ComparisonStage"/>) and the charts after it.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The documents.csv column to group by (<c>--by</c>); <c>doc_id</c> gives one group per document.</summary>
    public string By { get; init; } = "doc_id";

    /// <summary>The target documents for keyness (<c>--target</c>); null: no keyness.</summary>
    public DocumentFilter? Target { get; init; }

    /// <summary>The reference documents (<c>--reference</c>); null: every document not in the target.</summary>
    public DocumentFilter? Reference { get; init; }

    /// <summary>Minimum occurrences (target + reference) for a word type to be tested in keyness_words.csv (<c>--min-count</c>).</summary>
    public int MinCount { get; init; } = 5;

    /// <summary>Words left out of <c>keyness_words.csv</c> and its chart (<c>--stopwords</c>); the built-in lists by default.</summary>
    public StopWordList StopWords { get; init; } = StopWordList.Default;

    /// <summary>
    /// jieba POS tags a Chinese word type must have to enter <c>keyness_words.csv</c> (<c>--pos n,vn,v,ns</c>; the
    /// <c>pos</c> column of word_frequencies.csv); null keeps every word. Words of other languages carry no tag and are kept.
    /// </summary>
    public IReadOnlySet<string>? Pos { get; init; }

    /// <summary>
    /// Charts (and the terminal table) show category totals, a parent including its children (<c>--rollup</c>),
    /// instead of each concept's own matches. Titles say so. The CSVs always carry both.
    /// </summary>
    public bool RollUp { get; init; }

    /// <summary>How keyness charts select significant items (<c>--keyness-correction</c>); Bonferroni by default.</summary>
    public KeynessCorrection KeynessCorrection { get; init; } = KeynessCorrection.Bonferroni;

    /// <summary>The chart renderer (GovText.Charts with its size, resolution, labels and font); null to write only the CSVs.</summary>
    public IChartRenderer? Charts { get; init; }
}
