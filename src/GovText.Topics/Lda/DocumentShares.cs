using GovText.Topics.Corpus;

namespace GovText.Topics.Lda;

/// <summary>
/// Topic shares per document. With documents as units they are the units' shares; with paragraphs, a document's
/// share of a topic is the mean of its paragraphs' shares weighted by their (kept) tokens, so a one-line heading
/// weighs less than a long paragraph. Documents without any kept token have no shares.
/// </summary>
public static class DocumentShares
{
    /// <summary>(document index, shares) for every document with at least one unit, in document order.</summary>
    public static IReadOnlyList<(int Document, double[] Shares)> Compute(TopicModel model)
    {
        var k = model.TopicCount;
        var sums = new SortedDictionary<int, (double[] Sum, double Weight)>();
        var units = model.Corpus.Units;
        for (var u = 0; u < units.Count; u++)
        {
            var d = units[u].Document;
            if (!sums.TryGetValue(d, out var acc)) acc = (new double[k], 0);
            var w = (double)units[u].Tokens;
            for (var t = 0; t < k; t++) acc.Sum[t] += w * model.UnitShares[u][t];
            sums[d] = (acc.Sum, acc.Weight + w);
        }
        return sums.Select(p => (p.Key, p.Value.Sum.Select(x => x / p.Value.Weight).ToArray())).ToList();
    }
}
