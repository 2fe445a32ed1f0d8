namespace GovText.Topics.Output;

/// <summary>File names and number format of the topic and cluster outputs.</summary>
public static class TopicCsv
{
    /// <summary>Invariant fixed-point with up to 12 decimals: enough for shares and weights, never an exponent.</summary>
    public const string NumberFormat = "0.############";

    /// <summary><c>topic_terms.csv</c>.</summary>
    public const string TopicTerms = "topic_terms.csv";

    /// <summary><c>document_topics.csv</c>.</summary>
    public const string DocumentTopics = "document_topics.csv";

    /// <summary><c>topic_summary.csv</c>.</summary>
    public const string TopicSummary = "topic_summary.csv";

    /// <summary><c>topic_by_group.csv</c>.</summary>
    public const string TopicByGroup = "topic_by_group.csv";

    /// <summary><c>topic_model_selection.csv</c>.</summary>
    public const string TopicSelection = "topic_model_selection.csv";

    /// <summary><c>topic_model.csv</c>: the settings and vocabulary figures of the run.</summary>
    public const string TopicModel = "topic_model.csv";

    /// <summary><c>topic_corpus.tsv</c>: the bag of words of each unit (with <c>--write-corpus</c>).</summary>
    public const string TopicCorpus = "topic_corpus.tsv";

    /// <summary><c>document_clusters.csv</c>.</summary>
    public const string DocumentClusters = "document_clusters.csv";

    /// <summary><c>cluster_terms.csv</c>.</summary>
    public const string ClusterTerms = "cluster_terms.csv";

    /// <summary><c>cluster_summary.csv</c>.</summary>
    public const string ClusterSummary = "cluster_summary.csv";

    /// <summary><c>cluster_selection.csv</c>.</summary>
    public const string ClusterSelection = "cluster_selection.csv";

    /// <summary><c>document_similarity.csv</c>.</summary>
    public const string DocumentSimilarity = "document_similarity.csv";

    /// <summary><c>document_map.csv</c>: the 2-D map's coordinates.</summary>
    public const string DocumentMap = "document_map.csv";

    /// <summary><c>cluster_model.csv</c>: the settings and figures of a clusters run.</summary>
    public const string ClusterModel = "cluster_model.csv";
}
