namespace GovText.Topics.Clustering;

/// <summary>
/// Silhouette widths (Rousseeuw 1987) with Euclidean distance between the unit vectors: s(i) = (b − a) / max(a, b),
/// a = mean distance to the other members of i's cluster, b = the smallest mean distance to another cluster's members;
/// s(i) = 0 for a document alone in its cluster. Exact (every pair), so the cost grows with the square of the documents.
/// </summary>
public static class Silhouette
{
    /// <summary>s(i) for every vector.</summary>
    public static double[] Widths(DocumentVectors vectors, int[] assignment, int k)
    {
        var n = vectors.Count;
        var size = new int[k];
        foreach (var a in assignment) size[a]++;
        var result = new double[n];
        var sums = new double[k];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(sums);
            for (var j = 0; j < n; j++)
                if (j != i) sums[assignment[j]] += vectors.Distance(i, j);
            var own = assignment[i];
            if (size[own] == 1) { result[i] = 0; continue; }
            var a = sums[own] / (size[own] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
                if (c != own && size[c] > 0) b = Math.Min(b, sums[c] / size[c]);
            var max = Math.Max(a, b);
            result[i] = max == 0 ? 0 : (b - a) / max;
        }
        return result;
    }
}
