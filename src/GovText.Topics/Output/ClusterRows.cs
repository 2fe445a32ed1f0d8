using CsvHelper.Configuration.Attributes;

namespace GovText.Topics.Output;

/// <summary>One row of <c>document_clusters.csv</c>.</summary>
public sealed record DocumentClusterRow
{
    /// <summary>Document id.</summary>
    [Name("doc_id"), Index(0)] public required string DocId { get; init; }

    /// <summary>Cluster number, from 1 (numbered in order of their first document).</summary>
    [Name("cluster"), Index(1)] public required int Cluster { get; init; }

    /// <summary>Euclidean distance of the document's unit vector to its cluster's centroid.</summary>
    [Name("distance"), Index(2), Format(TopicCsv.NumberFormat)] public required double Distance { get; init; }

    /// <summary>The document's silhouette width.</summary>
    [Name("silhouette"), Index(3), Format(TopicCsv.NumberFormat)] public required double Silhouette { get; init; }
}

/// <summary>One row of <c>cluster_terms.csv</c>: one of the heaviest features of a cluster's centroid.</summary>
public sealed record ClusterTermRow
{
    /// <summary>Cluster number, from 1.</summary>
    [Name("cluster"), Index(0)] public required int Cluster { get; init; }

    /// <summary>Rank, from 1.</summary>
    [Name("rank"), Index(1)] public required int Rank { get; init; }

    /// <summary>The term (or topic, with <c>--features topics</c>).</summary>
    [Name("term"), Index(2)] public required string Term { get; init; }

    /// <summary>The centroid's value for the feature (mean normalised TF-IDF, or mean normalised topic share).</summary>
    [Name("weight"), Index(3), Format(TopicCsv.NumberFormat)] public required double Weight { get; init; }
}

/// <summary>One row of <c>cluster_summary.csv</c>.</summary>
public sealed record ClusterSummaryRow
{
    /// <summary>Cluster number, from 1.</summary>
    [Name("cluster"), Index(0)] public required int Cluster { get; init; }

    /// <summary>Documents in the cluster.</summary>
    [Name("size"), Index(1)] public required int Size { get; init; }

    /// <summary>Mean silhouette width of its documents.</summary>
    [Name("silhouette"), Index(2), Format(TopicCsv.NumberFormat)] public required double Silhouette { get; init; }

    /// <summary>The centroid's five heaviest features.</summary>
    [Name("label"), Index(3)] public required string Label { get; init; }
}

/// <summary>One row of <c>cluster_selection.csv</c>.</summary>
public sealed record ClusterSelectionRow
{
    /// <summary>K.</summary>
    [Name("k"), Index(0)] public required int K { get; init; }

    /// <summary>Mean silhouette width over all documents (higher is better separated).</summary>
    [Name("mean_silhouette"), Index(1), Format(TopicCsv.NumberFormat)] public required double MeanSilhouette { get; init; }

    /// <summary>Sum of squared distances to the centroids (for an elbow plot).</summary>
    [Name("within_ss"), Index(2), Format(TopicCsv.NumberFormat)] public required double WithinSs { get; init; }
}

/// <summary>One row of <c>document_similarity.csv</c>: one of a document's nearest documents.</summary>
public sealed record DocumentSimilarityRow
{
    /// <summary>Document id.</summary>
    [Name("doc_id"), Index(0)] public required string DocId { get; init; }

    /// <summary>Rank, from 1 (most similar first; ties by id, ordinal).</summary>
    [Name("rank"), Index(1)] public required int Rank { get; init; }

    /// <summary>The other document's id.</summary>
    [Name("other_id"), Index(2)] public required string OtherId { get; init; }

    /// <summary>Cosine similarity of the two documents' vectors.</summary>
    [Name("similarity"), Index(3), Format(TopicCsv.NumberFormat)] public required double Similarity { get; init; }
}

/// <summary>One row of <c>document_map.csv</c>: a document's place on the 2-D map.</summary>
public sealed record DocumentMapRow
{
    /// <summary>Document id.</summary>
    [Name("doc_id"), Index(0)] public required string DocId { get; init; }

    /// <summary>First principal component.</summary>
    [Name("pc1"), Index(1), Format(TopicCsv.NumberFormat)] public required double Pc1 { get; init; }

    /// <summary>Second principal component.</summary>
    [Name("pc2"), Index(2), Format(TopicCsv.NumberFormat)] public required double Pc2 { get; init; }

    /// <summary>Cluster number, from 1.</summary>
    [Name("cluster"), Index(3)] public required int Cluster { get; init; }
}
