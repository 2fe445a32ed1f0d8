using GovText.Topics.Corpus;

namespace GovText.Topics.Lda;

/// <summary>A fitted topic model: p(term | topic) for every term and each unit's topic shares.</summary>
/// <param name="Corpus">The corpus it was fitted on.</param>
/// <param name="Options">The fit's settings.</param>
/// <param name="TermWeights">[topic][term] = p(term | topic); each row sums to 1.</param>
/// <param name="UnitShares">[unit][topic] = the unit's topic share; each row sums to 1 (indexes follow <see cref="ModelCorpus.Units"/>).</param>
public sealed record TopicModel(ModelCorpus Corpus, LdaOptions Options, double[][] TermWeights, double[][] UnitShares)
{
    /// <summary>K.</summary>
    public int TopicCount => TermWeights.Length;

    /// <summary>The <paramref name="n"/> heaviest term ids of <paramref name="topic"/>, ties by term text (ordinal).</summary>
    public int[] TopTerms(int topic, int n)
    {
        var w = TermWeights[topic];
        return Enumerable.Range(0, w.Length)
            .OrderByDescending(t => w[t])
            .ThenBy(t => Corpus.Vocabulary[t], StringComparer.Ordinal)
            .Take(n)
            .ToArray();
    }
}
