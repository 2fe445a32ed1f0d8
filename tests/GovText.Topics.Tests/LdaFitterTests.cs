using GovText.Topics.Corpus;
using GovText.Topics.Lda;

namespace GovText.Topics.Tests;

public sealed class LdaFitterTests
{
    [Fact]
    public void Probe()
    {
        var planted = new PlantedCorpus(PlantedCorpus.EnglishTopics(4, 30), 120, 100, "en");
        var corpus = VocabularyBuilder.Build(planted.Corpus, "en", new VocabularyOptions(1, 1.0));
        var model = LdaFitter.Fit(corpus, new LdaOptions(4));
        for (var k = 0; k < 4; k++)
            Console.Error.WriteLine(string.Join(" ", model.TopTerms(k, 8).Select(t => corpus.Vocabulary[t] + ":" + model.TermWeights[k][t].ToString("0.0000"))));
        for (var d = 0; d < 6; d++)
            Console.Error.WriteLine(planted.Labels[d] + " " + string.Join(" ", model.UnitShares[d].Select(x => x.ToString("0.000"))));
    }
}
