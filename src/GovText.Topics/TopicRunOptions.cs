using GovText.Core.Results;
using GovText.Topics.Corpus;
using GovText.Topics.Lda;
using GovText.Core.Text;

namespace GovText.Topics;

/// <summary>What <c>govtext topics</c> fits and writes.</summary>
/// <param name="Topics">One K (full outputs) or several (model selection only).</param>
/// <param name="Lda">The sampler settings; its <see cref="LdaOptions.Topics"/> is replaced by each K.</param>
/// <param name="Vocabulary">Pruning.</param>
/// <param name="Language">The model's language, or null for the corpus's main language.</param>
/// <param name="TopTerms">Terms per topic in <c>topic_terms.csv</c>.</param>
/// <param name="By">A grouping column for <c>topic_by_group.csv</c>, or null.</param>
public sealed record TopicRunOptions(
    IReadOnlyList<int> Topics,
    LdaOptions Lda,
    VocabularyOptions Vocabulary,
    Language? Language = null,
    int TopTerms = 30,
    string? By = null)
{
    /// <summary>Top terms per topic that coherence and exclusivity are computed on (M = 10, as in stm and most studies).</summary>
    public const int QualityTerms = 10;

    /// <summary>Also write <c>topic_corpus.tsv</c>, the exact bag of words of each unit, for refitting elsewhere.</summary>
    public bool WriteCorpus { get; init; }

    /// <summary>The format of <c>document_topics</c> (CSV or Parquet, as <c>--table-format</c> chose); the other topic tables are CSV.</summary>
    public TableFormat TableFormat { get; init; } = TableFormat.Csv;
}
