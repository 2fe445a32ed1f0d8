namespace GovText.Core.Collocations;

/// <summary>
/// The association scores of one sequence from its 2^n table of exact match patterns: cell b counts the
/// n-gram windows whose word at position i equals the sequence's word exactly when bit i of b is set (so
/// cell 2^n − 1 is the sequence's own count and cell 0 the windows matching nowhere).
/// </summary>
public static class CollocationScores
{
    /// <summary>quanteda's smoothing constant (textstat_collocations' default).</summary>
    public const double Smoothing = 0.5;

    /// <summary>
    /// quanteda.textstats' λ and z (Blaheta &amp; Johnson 2001): λ = Σ_b (−1)^(n − |b|) ln(c_b + 0.5),
    /// σ = √(Σ_b 1 ÷ (c_b + 0.5)), z = λ ÷ σ.
    /// </summary>
    /// <param name="cells">The 2^n exact pattern counts.</param>
    /// <param name="size">n.</param>
    public static (double Lambda, double Z) Lambda(IReadOnlyList<long> cells, int size)
    {
        var lambda = 0.0;
        var s = 0.0;
        for (var b = 0; b < cells.Count; b++)
        {
            var c = cells[b] + Smoothing;
            var sign = (size - System.Numerics.BitOperations.PopCount((uint)b)) % 2 == 0 ? 1.0 : -1.0;
            lambda += sign * Math.Log(c);
            s += 1.0 / c;
        }
        return (lambda, lambda / Math.Sqrt(s));
    }

    /// <summary>
    /// MI, t-score and G² against the expectation that the n positions are independent: with N windows and
    /// p_i the share of windows with the sequence's word at position i, E_b = N Π_i (bit i set ? p_i : 1 − p_i).
    /// For n = 2 these are the textbook 2×2 measures (E11 = R1·C1 ÷ N). Unsmoothed; 0·ln 0 = 0.
    /// </summary>
    /// <param name="cells">The 2^n exact pattern counts.</param>
    /// <param name="size">n.</param>
    /// <param name="marginals">Per position, the windows with the sequence's word there.</param>
    /// <param name="windows">N, all windows of this size.</param>
    public static (double Mi, double T, double G2) Association(IReadOnlyList<long> cells, int size, IReadOnlyList<long> marginals, long windows)
    {
        var n = (double)windows;
        var g2 = 0.0;
        double expectedAll = 0;
        for (var b = 0; b < cells.Count; b++)
        {
            var e = n;
            for (var i = 0; i < size; i++)
            {
                var p = marginals[i] / n;
                e *= (b & (1 << i)) != 0 ? p : 1 - p;
            }
            if (b == cells.Count - 1) expectedAll = e;
            if (cells[b] > 0) g2 += cells[b] * Math.Log(cells[b] / e);
        }
        var observed = (double)cells[^1];
        return (Math.Log2(observed / expectedAll), (observed - expectedAll) / Math.Sqrt(observed), 2 * g2);
    }
}
