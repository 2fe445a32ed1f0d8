namespace GovText.Topics.Clustering;

/// <summary>What documents are compared on.</summary>
public enum ClusterFeatures
{
    /// <summary>L2-normalised TF-IDF of the pruned vocabulary.</summary>
    Words,

    /// <summary>L2-normalised topic shares of an LDA fit.</summary>
    Topics,
}
