namespace GovText.Topics.Clustering;

/// <summary>What documents are compared on.</summary>
public enum ClusterFeatures
{
    /// <summary>L2-normalised TF-IDF of the pruned vocabulary.</summary>
    Words,

    /// <summary>L2-normalised topic shares of an LDA fit.</summary>
    Topics,

    /// <summary>L2-normalised concept-rate profiles (own counts per 10,000 tokens, from <c>concept_counts.csv</c>).</summary>
    Concepts,
}
