using GovText.Topics.Corpus;
using GovText.Core.Text;

namespace GovText.Topics.Tests;

/// <summary>
/// A corpus with known structure: <c>K</c> topics with disjoint vocabularies; each document draws its tokens from a
/// dominant topic (share <see cref="DominantShare"/>) and one other topic (the rest), uniformly within a topic's words.
/// Generated from a fixed seed, so tests are reproducible.
/// </summary>
internal sealed class PlantedCorpus
{
    public const double DominantShare = 0.8;

    public PlantedCorpus(string[][] topicWords, int documents, int tokensPerDocument, Language language, int seed = 7)
    {
        TopicWords = topicWords;
        var rng = new Random(seed);
        var k = topicWords.Length;
        var docs = new List<TopicDocument>();
        var units = new List<TokenUnit>();
        var terms = new List<Term>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<int>();
        for (var d = 0; d < documents; d++)
        {
            var main = d % k;
            var other = (main + 1 + rng.Next(k - 1)) % k;
            labels.Add(main);
            var year = 2000 + d % 5;
            docs.Add(new TopicDocument($"d{d:000}", null, year, language, new Dictionary<string, string> { ["party"] = main % 2 == 0 ? "a" : "b" }));
            var tokens = new int[tokensPerDocument];
            for (var i = 0; i < tokens.Length; i++)
            {
                var topic = i < DominantShare * tokensPerDocument ? main : other;
                var word = topicWords[topic][rng.Next(topicWords[topic].Length)];
                if (!ids.TryGetValue(word, out var id))
                {
                    id = terms.Count;
                    terms.Add(new Term(language, word));
                    ids[word] = id;
                }
                tokens[i] = id;
            }
            units.Add(new TokenUnit(d, -1, tokens));
        }
        Labels = labels;
        Corpus = new TokenCorpus(docs, units, terms, ModelUnit.Document, new TokenDrops("none", []));
    }

    public string[][] TopicWords { get; }

    /// <summary>The planted dominant topic of each document.</summary>
    public IReadOnlyList<int> Labels { get; }

    public TokenCorpus Corpus { get; }

    public int PlantedTopicOf(string word)
    {
        for (var k = 0; k < TopicWords.Length; k++)
            if (TopicWords[k].Contains(word)) return k;
        return -1;
    }

    public static string[][] EnglishTopics(int k, int wordsPerTopic) =>
        Enumerable.Range(0, k).Select(t => Enumerable.Range(0, wordsPerTopic).Select(w => $"t{(char)('a' + t)}w{(char)('a' + w / 26)}{(char)('a' + w % 26)}").ToArray()).ToArray();

    /// <summary>Disjoint Chinese vocabularies: two-character words from disjoint blocks of CJK ideographs.</summary>
    public static string[][] ChineseTopics(int k, int wordsPerTopic) =>
        Enumerable.Range(0, k).Select(t => Enumerable.Range(0, wordsPerTopic)
            .Select(w => new string([(char)(0x4E00 + t * 200 + w * 2), (char)(0x4E01 + t * 200 + w * 2)])).ToArray()).ToArray();
}
