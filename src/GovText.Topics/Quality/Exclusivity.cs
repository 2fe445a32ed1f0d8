namespace GovText.Topics.Quality;

/// <summary>
/// FREX exclusivity of topics (Bischof and Airoldi 2012; as computed by <c>stm::exclusivity</c>, Roberts et al. 2019):
/// for each topic, the sum over its M heaviest terms of FREX = 1 / (w / ECDF(excl) + (1 − w) / ECDF(freq)), where
/// excl = β_kv / Σ_k β_kv, freq = β_kv, and each ECDF is the term's rank among all terms within the topic divided by V
/// (ties get their average rank). w = 0.7 as in stm. The maximum is M.
/// </summary>
public static class Exclusivity
{
    /// <summary>stm's default weight of exclusivity against frequency.</summary>
    public const double DefaultWeight = 0.7;

    /// <summary>Exclusivity of each topic.</summary>
    /// <param name="beta">[topic][term] = p(term | topic).</param>
    /// <param name="topTerms">Each topic's M heaviest term ids.</param>
    /// <param name="weight">w, the weight of exclusivity.</param>
    public static double[] Frex(double[][] beta, IReadOnlyList<IReadOnlyList<int>> topTerms, double weight = DefaultWeight)
    {
        var k = beta.Length;
        var v = beta[0].Length;
        var totals = new double[v];
        foreach (var row in beta)
            for (var t = 0; t < v; t++) totals[t] += row[t];
        var result = new double[k];
        for (var topic = 0; topic < k; topic++)
        {
            var excl = new double[v];
            for (var t = 0; t < v; t++) excl[t] = totals[t] > 0 ? beta[topic][t] / totals[t] : 0;
            var exRank = AverageRanks(excl);
            var frRank = AverageRanks(beta[topic]);
            var sum = 0.0;
            foreach (var t in topTerms[topic])
                sum += 1 / (weight / (exRank[t] / v) + (1 - weight) / (frRank[t] / v));
            result[topic] = sum;
        }
        return result;
    }

    /// <summary>Ranks 1..n in ascending order of value, ties sharing their average rank (R's <c>rank</c>).</summary>
    public static double[] AverageRanks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var ranks = new double[values.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            var rank = (start + end + 2) / 2.0;
            for (var i = start; i <= end; i++) ranks[order[i]] = rank;
            start = end + 1;
        }
        return ranks;
    }
}
