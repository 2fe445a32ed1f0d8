using GovText.Topics.Corpus;

namespace GovText.Topics.Clustering;

/// <summary>Documents as sparse, L2-normalised feature vectors: what clustering, similarity and the map work on.</summary>
/// <param name="Documents">Every document of the run.</param>
/// <param name="DocumentIndexes">For each vector, its index into <paramref name="Documents"/> (document order).</param>
/// <param name="Features">Feature names (terms or topic labels), by feature index.</param>
/// <param name="Indexes">Per vector, its non-zero feature indexes, ascending.</param>
/// <param name="Values">Per vector, the values at <paramref name="Indexes"/>; each vector has unit length.</param>
public sealed record DocumentVectors(
    IReadOnlyList<TopicDocument> Documents,
    int[] DocumentIndexes,
    IReadOnlyList<string> Features,
    int[][] Indexes,
    double[][] Values)
{
    /// <summary>Number of vectors.</summary>
    public int Count => DocumentIndexes.Length;

    /// <summary>The dot product of vectors <paramref name="a"/> and <paramref name="b"/> (their cosine similarity).</summary>
    public double Dot(int a, int b)
    {
        var (ia, va, ib, vb) = (Indexes[a], Values[a], Indexes[b], Values[b]);
        double sum = 0;
        int i = 0, j = 0;
        while (i < ia.Length && j < ib.Length)
        {
            if (ia[i] == ib[j]) sum += va[i++] * vb[j++];
            else if (ia[i] < ib[j]) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>Euclidean distance between two unit vectors: √(2 − 2 cos).</summary>
    public double Distance(int a, int b) => Math.Sqrt(Math.Max(0, 2 - 2 * Dot(a, b)));

    /// <summary>Scales each row to unit length (rows of zeros stay zero).</summary>
    internal static void Normalize(double[][] values)
    {
        foreach (var row in values)
        {
            var norm = Math.Sqrt(row.Sum(x => x * x));
            if (norm == 0) continue;
            for (var i = 0; i < row.Length; i++) row[i] /= norm;
        }
    }
}
