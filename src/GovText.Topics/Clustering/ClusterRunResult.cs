using GovText.Topics.Corpus;
using GovText.Topics.Output;

namespace GovText.Topics.Clustering;

/// <summary>What a clusters run wrote and what the summary should say.</summary>
/// <param name="Files">Paths written.</param>
/// <param name="Vocabulary">The vocabulary figures.</param>
/// <param name="Summary">Clusters of a single-K run.</param>
/// <param name="Selection">Rows of a several-K run.</param>
/// <param name="MeanSilhouette">Mean silhouette of a single-K run (NaN otherwise).</param>
/// <param name="Notes">Things the researcher should know.</param>
public sealed record ClusterRunResult(
    IReadOnlyList<string> Files,
    VocabularyReport Vocabulary,
    IReadOnlyList<ClusterSummaryRow> Summary,
    IReadOnlyList<ClusterSelectionRow> Selection,
    double MeanSilhouette,
    IReadOnlyList<string> Notes)
{
    /// <summary>The 2-D map rows (for the chart).</summary>
    public IReadOnlyList<DocumentMapRow> Map { get; init; } = [];

    /// <summary>Share of variance on each map axis.</summary>
    public double[] Explained { get; init; } = [];

    /// <summary>What the documents were compared on.</summary>
    public ClusterFeatures Features { get; init; }

    /// <summary>Dimensions of the document vectors (terms, topics or concepts).</summary>
    public int FeatureCount { get; init; }
}
