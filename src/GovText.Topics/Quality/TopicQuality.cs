using GovText.Topics.Lda;

namespace GovText.Topics.Quality;

/// <summary>Coherence and exclusivity of every topic of a model, on the units it was fitted on.</summary>
/// <param name="UMass">Per topic.</param>
/// <param name="Npmi">Per topic.</param>
/// <param name="Exclusivity">Per topic.</param>
public sealed record TopicQuality(double[] UMass, double[] Npmi, double[] Exclusivity)
{
    /// <summary>Evaluates each topic's <paramref name="topTerms"/> heaviest terms.</summary>
    public static TopicQuality Evaluate(TopicModel model, int topTerms)
    {
        var top = Enumerable.Range(0, model.TopicCount).Select(k => (IReadOnlyList<int>)model.TopTerms(k, topTerms)).ToList();
        var counts = new CooccurrenceCounts(model.Corpus.Units, top.SelectMany(t => t));
        return new TopicQuality(
            top.Select(t => Coherence.UMass(t, counts)).ToArray(),
            top.Select(t => Coherence.Npmi(t, counts)).ToArray(),
            Quality.Exclusivity.Frex(model.TermWeights, top));
    }
}
