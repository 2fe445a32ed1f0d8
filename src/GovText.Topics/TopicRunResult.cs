using GovText.Topics.Corpus;
using GovText.Topics.Output;

namespace GovText.Topics;

/// <summary>What a topics run wrote and what the summary should say.</summary>
/// <param name="Files">Paths written.</param>
/// <param name="Vocabulary">The vocabulary figures.</param>
/// <param name="Summary">The topics of a single-K run (empty for model selection).</param>
/// <param name="Selection">The model-selection rows (empty for a single K).</param>
/// <param name="Notes">Things the researcher should know (documents without shares, groups left out...).</param>
public sealed record TopicRunResult(
    IReadOnlyList<string> Files,
    VocabularyReport Vocabulary,
    IReadOnlyList<TopicSummaryRow> Summary,
    IReadOnlyList<TopicSelectionRow> Selection,
    IReadOnlyList<string> Notes)
{
    /// <summary>The fitted model of a single-K run.</summary>
    public Lda.TopicModel? Model { get; init; }

    /// <summary>Shares per document (document index, shares) of a single-K run.</summary>
    public IReadOnlyList<(int Document, double[] Shares)> DocumentShares { get; init; } = [];

    /// <summary>The <c>topic_by_group.csv</c> rows, if written.</summary>
    public IReadOnlyList<TopicGroupRow> Groups { get; init; } = [];
}
