namespace GovText.Topics.Quality;

/// <summary>
/// Topic coherence of a topic's top terms, computed on the corpus the model was fitted on (units = documents or
/// paragraphs). Formulas and sources in docs/methods.md.
/// </summary>
public static class Coherence
{
    /// <summary>
    /// UMass coherence (Mimno et al. 2011): for top terms v1..vM in decreasing weight,
    /// Σ_{m=2..M} Σ_{l&lt;m} log((D(v_m, v_l) + 1) / D(v_l)), reported as the mean over the M(M−1)/2 pairs
    /// so values for different M are on one scale. D counts units. Always ≤ log 2 per pair; closer to 0 is more coherent.
    /// </summary>
    public static double UMass(IReadOnlyList<int> topTerms, CooccurrenceCounts counts)
    {
        if (topTerms.Count < 2) return double.NaN;
        var sum = 0.0;
        var pairs = 0;
        for (var m = 1; m < topTerms.Count; m++)
            for (var l = 0; l < m; l++)
            {
                sum += Math.Log((counts.Df(topTerms[m], topTerms[l]) + 1.0) / counts.Df(topTerms[l]));
                pairs++;
            }
        return sum / pairs;
    }

    /// <summary>
    /// NPMI coherence (Bouma 2009; as the C_NPMI of Röder et al. 2015 with boolean-document probabilities):
    /// the mean over pairs i &lt; j of log(P(wi,wj) / (P(wi) P(wj))) / −log P(wi,wj), with P the share of units
    /// containing the term(s); −1 for a pair that never co-occurs and 1 for a pair that occurs together in every unit.
    /// Ranges over [−1, 1]; higher is more coherent.
    /// </summary>
    public static double Npmi(IReadOnlyList<int> topTerms, CooccurrenceCounts counts)
    {
        if (topTerms.Count < 2 || counts.Units == 0) return double.NaN;
        var n = (double)counts.Units;
        var sum = 0.0;
        var pairs = 0;
        for (var i = 0; i < topTerms.Count; i++)
            for (var j = i + 1; j < topTerms.Count; j++)
            {
                sum += Npmi(counts.Df(topTerms[i]) / n, counts.Df(topTerms[j]) / n, counts.Df(topTerms[i], topTerms[j]) / n);
                pairs++;
            }
        return sum / pairs;
    }

    /// <summary>NPMI of one pair from its probabilities.</summary>
    public static double Npmi(double pi, double pj, double pij)
    {
        if (pij <= 0) return -1;
        if (pij >= 1) return 1;
        return Math.Log(pij / (pi * pj)) / -Math.Log(pij);
    }
}
