using GovText.Topics.Corpus;
using GovText.Topics.Lda;
using GovText.Core.Text;

namespace GovText.Topics.Tests;

public sealed class LdaFitterTests
{
    // Recovery threshold. Vocabularies are disjoint and every document takes 80% of its tokens from its planted topic,
    // so a correct fit scores 1.0 on both measures. A fit that merges two planted topics (or splits one) caps term
    // purity at about (K-1)/K + 1/(2K) = 0.875 for K = 4 and leaves a quarter of the documents on a wrong topic;
    // 0.9 passes any correct fit with a little sampling noise and fails every such structural error.
    private const double Threshold = 0.9;

    public static TheoryData<Language> Languages => [Language.English, Language.Chinese];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Recovers_planted_topics(Language language)
    {
        var words = language == Language.English ? PlantedCorpus.EnglishTopics(4, 30) : PlantedCorpus.ChineseTopics(4, 30);
        var planted = new PlantedCorpus(words, 120, 100, language);
        var corpus = VocabularyBuilder.Build(planted.Corpus, language, new VocabularyOptions(1, 1.0));
        var model = LdaFitter.Fit(corpus, new LdaOptions(4));

        var (termPurity, docPurity) = Purity(planted, model);
        Assert.True(termPurity >= Threshold, $"term purity {termPurity}");
        Assert.True(docPurity >= Threshold, $"document purity {docPurity}");
    }

    [Fact]
    public void Refits_are_identical_and_shares_sum_to_one()
    {
        var planted = new PlantedCorpus(PlantedCorpus.EnglishTopics(3, 20), 60, 80, Language.English);
        var corpus = VocabularyBuilder.Build(planted.Corpus, Language.English, new VocabularyOptions(1, 1.0));
        var a = LdaFitter.Fit(corpus, new LdaOptions(3, Iterations: 50));
        var b = LdaFitter.Fit(corpus, new LdaOptions(3, Iterations: 50));
        Assert.Equal(a.TermWeights, b.TermWeights);
        Assert.Equal(a.UnitShares, b.UnitShares);
        foreach (var shares in a.UnitShares) Assert.Equal(1.0, shares.Sum(), 1e-12);
        foreach (var weights in a.TermWeights) Assert.Equal(1.0, weights.Sum(), 1e-12);
    }

    [Fact]
    public void Units_longer_than_MLNET_default_are_not_truncated()
    {
        // Each document has 1,000 tokens: 600 from words A, then 400 from words B (higher term ids). LightLDA trains on
        // about the first 512 tokens in term-id order whatever its settings say, which would leave every B word without
        // weight in any topic; GovText splits long units into chunks so none is lost.
        var words = PlantedCorpus.EnglishTopics(2, 20);
        var rng = new Random(3);
        var terms = words.SelectMany(w => w).Select(w => new Term(Language.English, w)).ToList();
        var units = Enumerable.Range(0, 20).Select(d => new TokenUnit(d, -1,
            Enumerable.Range(0, 1000).Select(i => i < 600 ? rng.Next(20) : 20 + rng.Next(20)).ToArray())).ToList();
        var docs = Enumerable.Range(0, 20).Select(d => new TopicDocument($"d{d}", null, null, Language.English, new Dictionary<string, string>())).ToList();
        var tokens = new TokenCorpus(docs, units, terms, ModelUnit.Document, new TokenDrops("none", []));
        var corpus = VocabularyBuilder.Build(tokens, Language.English, new VocabularyOptions(1, 1.0));
        Assert.Equal(20, corpus.Report.UnitsAfter);
        Assert.Equal(20, corpus.Report.UnitsSplit);
        Assert.Equal(1000, corpus.MaxUnitTokens * 2);
        var model = LdaFitter.Fit(corpus, new LdaOptions(2, Iterations: 20));
        foreach (var word in words[1])
        {
            var id = corpus.Vocabulary.ToList().IndexOf(word);
            Assert.True(model.TermWeights.Sum(w => w[id]) > 0, word);
        }
    }

    [Fact]
    public void Too_small_corpus_is_a_clear_error()
    {
        var planted = new PlantedCorpus(PlantedCorpus.EnglishTopics(2, 10), 5, 20, Language.English);
        var corpus = VocabularyBuilder.Build(planted.Corpus, Language.English, new VocabularyOptions(1, 1.0));
        var ex = Assert.Throws<GovText.Core.Errors.ConfigurationException>(() => LdaFitter.Fit(corpus, new LdaOptions(5)));
        Assert.Contains("5 documents", ex.Message);
        Assert.Contains("5 topics", ex.Message);
        // The remedy names the unit setting, not the option a command spells it with (topics: --unit, analyze: --topic-unit).
        Assert.Contains("use fewer topics, <unit=paragraph>, or a larger corpus", ex.Describe((s, v) => $"<{s}={v}>"));
        Assert.Contains("use fewer topics, unit: paragraph, or a larger corpus", ex.Message);
        Assert.DoesNotContain("--", ex.Message);
    }

    /// <summary>
    /// Term purity: the share of each fitted topic's 10 heaviest terms that belong to the planted topic most of them
    /// belong to, averaged over topics. Document purity: the share of documents whose largest fitted topic maps (by
    /// that majority) to their planted dominant topic.
    /// </summary>
    internal static (double Terms, double Documents) Purity(PlantedCorpus planted, TopicModel model)
    {
        var map = new int[model.TopicCount];
        var termPurity = 0.0;
        for (var k = 0; k < model.TopicCount; k++)
        {
            var labels = model.TopTerms(k, 10).Select(t => planted.PlantedTopicOf(model.Corpus.Vocabulary[t])).ToList();
            var best = labels.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
            map[k] = best.Key;
            termPurity += best.Count() / 10.0;
        }
        var right = 0;
        for (var u = 0; u < model.Corpus.Units.Count; u++)
        {
            var shares = model.UnitShares[u];
            var top = Array.IndexOf(shares, shares.Max());
            if (map[top] == planted.Labels[model.Corpus.Units[u].Document]) right++;
        }
        return (termPurity / model.TopicCount, (double)right / model.Corpus.Units.Count);
    }
}
