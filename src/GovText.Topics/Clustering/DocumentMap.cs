namespace GovText.Topics.Clustering;

/// <summary>
/// The first two principal components of the document vectors (centred), by power iteration from a fixed start
/// with deflation: deterministic, no dense document × document matrix. Each axis's sign is fixed so that its
/// largest-magnitude coordinate is positive, so the map never flips between runs or machines.
/// </summary>
public static class DocumentMap
{
    /// <summary>(x, y) per vector, and the share of total variance each axis explains.</summary>
    public static ((double X, double Y)[] Points, double[] Explained) Compute(DocumentVectors vectors)
    {
        var n = vectors.Count;
        var dim = vectors.Features.Count;
        var mean = new double[dim];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < vectors.Indexes[i].Length; j++) mean[vectors.Indexes[i][j]] += vectors.Values[i][j] / n;
        var total = 0.0;
        for (var i = 0; i < n; i++) total += SquaredNormCentred(vectors, i, mean);

        var components = new List<double[]>();
        var scores = new List<double[]>();
        var explained = new double[2];
        for (var c = 0; c < 2; c++)
        {
            var v = new double[dim];
            for (var f = 0; f < dim; f++) v[f] = 1.0 + (f % 7) * 0.1;
            Orthogonalize(v, components);
            Normalize(v);
            var s = new double[n];
            for (var iter = 0; iter < 300; iter++)
            {
                // s = Xc v; v' = Xc^T s.
                Project(vectors, mean, v, s);
                var next = new double[dim];
                var sumS = s.Sum();
                for (var i = 0; i < n; i++)
                    for (var j = 0; j < vectors.Indexes[i].Length; j++) next[vectors.Indexes[i][j]] += vectors.Values[i][j] * s[i];
                for (var f = 0; f < dim; f++) next[f] -= mean[f] * sumS;
                Orthogonalize(next, components);
                // |Xcᵀ Xc v| is the variance along v: an axis with (numerically) none left stays at its orthogonal start.
                if (Math.Sqrt(next.Sum(x => x * x)) <= 1e-12 * total || !Normalize(next)) break;
                Orthogonalize(next, components);
                Normalize(next);
                v = next;
            }
            Project(vectors, mean, v, s);
            var largest = s.Length == 0 ? 0 : s.MaxBy(Math.Abs);
            if (largest < 0)
            {
                for (var i = 0; i < n; i++) s[i] = -s[i];
                for (var f = 0; f < dim; f++) v[f] = -v[f];
            }
            components.Add(v);
            scores.Add(s);
            explained[c] = total > 0 ? s.Sum(x => x * x) / total : 0;
        }
        return (Enumerable.Range(0, n).Select(i => (scores[0][i], scores[1][i])).ToArray(), explained);
    }

    private static void Project(DocumentVectors vectors, double[] mean, double[] v, double[] scores)
    {
        double meanDot = 0;
        for (var f = 0; f < mean.Length; f++) meanDot += mean[f] * v[f];
        for (var i = 0; i < scores.Length; i++)
        {
            double dot = 0;
            for (var j = 0; j < vectors.Indexes[i].Length; j++) dot += vectors.Values[i][j] * v[vectors.Indexes[i][j]];
            scores[i] = dot - meanDot;
        }
    }

    private static double SquaredNormCentred(DocumentVectors vectors, int i, double[] mean)
    {
        var x = (double[])mean.Clone();
        for (var f = 0; f < x.Length; f++) x[f] = -x[f];
        for (var j = 0; j < vectors.Indexes[i].Length; j++) x[vectors.Indexes[i][j]] += vectors.Values[i][j];
        return x.Sum(t => t * t);
    }

    private static void Orthogonalize(double[] v, List<double[]> basis)
    {
        foreach (var b in basis)
        {
            var dot = 0.0;
            for (var f = 0; f < v.Length; f++) dot += v[f] * b[f];
            for (var f = 0; f < v.Length; f++) v[f] -= dot * b[f];
        }
    }

    private static bool Normalize(double[] v)
    {
        var norm = Math.Sqrt(v.Sum(x => x * x));
        if (norm < 1e-300) return false;
        for (var f = 0; f < v.Length; f++) v[f] /= norm;
        return true;
    }
}
