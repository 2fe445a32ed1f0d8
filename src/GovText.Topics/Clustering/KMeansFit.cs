using GovText.Core.Errors;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace GovText.Topics.Clustering;

/// <summary>A k-means partition: each vector's cluster (0-based, numbered in order of first appearance) and the centroids.</summary>
/// <param name="Assignments">Cluster of each vector.</param>
/// <param name="Centroids">[cluster][feature].</param>
/// <param name="Distances">Euclidean distance of each vector to its centroid.</param>
public sealed record KMeansFit(int[] Assignments, double[][] Centroids, double[] Distances)
{
    /// <summary>K.</summary>
    public int K => Centroids.Length;

    /// <summary>Sum of squared distances to the centroids.</summary>
    public double WithinSumOfSquares => Distances.Sum(d => d * d);

    /// <summary>
    /// k-means++ with ML.NET's <c>KMeansTrainer</c> (deterministic for a fixed MLContext seed and thread count); each
    /// vector then goes to its nearest centroid (ties to the lower cluster), and clusters are renumbered in order of
    /// their first document so numbering never depends on the trainer's internal order.
    /// </summary>
    /// <exception cref="ConfigurationException">Fewer documents than clusters, or bad settings.</exception>
    public static KMeansFit Fit(DocumentVectors vectors, int k, int seed, int threads)
    {
        if (k < 2) throw ConfigurationException.ForSetting("clusters", $"clustering needs at least 2 clusters (got {k})");
        if (threads < 1) throw ConfigurationException.ForSetting("threads", $"the thread count must be at least 1 (got {threads})");
        if (vectors.Count < 2 * k)
            throw new ConfigurationException($"too small for {k} clusters: {vectors.Count} documents with features; clustering needs at least twice as many documents as clusters");
        var dim = vectors.Features.Count;
        var ml = new MLContext(seed: seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dim);
        var rows = Enumerable.Range(0, vectors.Count)
            .Select(i => new Row { Features = new VBuffer<float>(dim, vectors.Indexes[i].Length, vectors.Values[i].Select(v => (float)v).ToArray(), vectors.Indexes[i].ToArray()) })
            .ToList();
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(Row.Features),
            NumberOfClusters = k,
            NumberOfThreads = threads,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = 1000,
        });
        var model = trainer.Fit(data).Model;
        VBuffer<float>[] centroids = default!;
        model.GetClusterCentroids(ref centroids, out var found);
        var raw = new double[found][];
        for (var c = 0; c < found; c++)
        {
            raw[c] = new double[dim];
            var dense = centroids[c].DenseValues().ToArray();
            for (var f = 0; f < dim; f++) raw[c][f] = dense[f];
        }

        var assignment = new int[vectors.Count];
        var distance = new double[vectors.Count];
        for (var i = 0; i < vectors.Count; i++)
        {
            var best = -1;
            var bestD = double.MaxValue;
            for (var c = 0; c < found; c++)
            {
                var d = SquaredDistance(vectors, i, raw[c]);
                if (d < bestD) (best, bestD) = (c, d);
            }
            assignment[i] = best;
            distance[i] = Math.Sqrt(bestD);
        }

        // Renumber by first appearance; centroids that got no document are dropped.
        var renumber = new Dictionary<int, int>();
        foreach (var a in assignment)
            if (!renumber.ContainsKey(a)) renumber[a] = renumber.Count;
        var ordered = renumber.OrderBy(p => p.Value).Select(p => raw[p.Key]).ToArray();
        return new KMeansFit(assignment.Select(a => renumber[a]).ToArray(), ordered, distance);
    }

    private static double SquaredDistance(DocumentVectors vectors, int i, double[] centroid)
    {
        // |x − c|² = |x|² − 2 x·c + |c|², with x sparse.
        double xx = 0, xc = 0, cc = 0;
        var idx = vectors.Indexes[i];
        var val = vectors.Values[i];
        for (var j = 0; j < idx.Length; j++)
        {
            xx += val[j] * val[j];
            xc += val[j] * centroid[idx[j]];
        }
        foreach (var c in centroid) cc += c * c;
        return Math.Max(0, xx - 2 * xc + cc);
    }

    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }
    }
}
