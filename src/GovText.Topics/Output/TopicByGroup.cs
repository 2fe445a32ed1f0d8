using GovText.Core.Comparison;
using GovText.Topics.Corpus;

namespace GovText.Topics.Output;

/// <summary>
/// Builds <c>topic_by_group.csv</c>: each topic's mean document share per group of the <c>--by</c> column, with its
/// standard error. Groups without documents have no rows (a missing year is a gap, never a zero); documents with an
/// empty value are left out and reported.
/// </summary>
public static class TopicByGroup
{
    /// <summary>Computes the rows; <paramref name="excluded"/> lists documents without a group value.</summary>
    public static IReadOnlyList<TopicGroupRow> Compute(
        IReadOnlyList<TopicDocument> documents, IReadOnlyList<(int Document, double[] Shares)> shares, string by,
        out IReadOnlyList<string> excluded)
    {
        var left = new List<string>();
        var byGroup = new Dictionary<string, List<double[]>>(StringComparer.Ordinal);
        foreach (var (d, s) in shares)
        {
            var g = documents[d].GroupValue(by);
            if (g.Length == 0)
            {
                left.Add(documents[d].Id);
                continue;
            }
            if (!byGroup.TryGetValue(g, out var list)) byGroup[g] = list = [];
            list.Add(s);
        }
        excluded = left;
        var rows = new List<TopicGroupRow>();
        foreach (var g in GroupOrder.Sort(byGroup.Keys))
        {
            var list = byGroup[g];
            var k = list[0].Length;
            for (var t = 0; t < k; t++)
            {
                var mean = 0.0;
                foreach (var s in list) mean += s[t];
                mean /= list.Count;
                double? se = null;
                if (list.Count > 1)
                {
                    var ss = 0.0;
                    foreach (var s in list) ss += (s[t] - mean) * (s[t] - mean);
                    se = Math.Sqrt(ss / (list.Count - 1)) / Math.Sqrt(list.Count);
                }
                rows.Add(new TopicGroupRow { Group = g, Topic = t + 1, MeanShare = mean, Docs = list.Count, Se = se });
            }
        }
        return rows;
    }
}
