using System.Globalization;
using GovText.Core.Counting;
using GovText.Core.Results;
using GovText.Core.Text;

namespace GovText.Core.Tests.Support;

/// <summary>
/// Random results-folder tables for property tests: documents with random years (some missing), sources, languages,
/// token totals, concept counts (own and with children), matches in random sentences and paragraphs, and word types.
/// </summary>
internal static class RandomTables
{
    private static readonly (string Id, string En, string Zh)[] Concepts =
    [
        ("governance", "Governance", "治理"), ("social", "Social governance", "社会治理"), ("grid", "Grid management", "网格化管理"),
        ("rule_of_law", "Rule of law", "法治"), ("digital", "Digital governance", "数字治理"),
    ];

    private static readonly string[] Words = ["发展", "改革", "治理", "人民", "安全", "创新", "reform", "people", "market", "2013"];

    public static TestTables Create(int seed, int documents)
    {
        var random = new Random(seed);
        var docs = new List<DocumentRow>();
        var counts = new List<ConceptCountRow>();
        var matches = new List<ConceptMatchRow>();
        var words = new List<WordFrequencyRow>();
        for (var d = 0; d < documents; d++)
        {
            var id = "doc" + d.ToString("D3", CultureInfo.InvariantCulture);
            var sentences = 1 + random.Next(40);
            var paragraphs = 1 + random.Next(Math.Max(1, sentences / 3));
            docs.Add(new DocumentRow
            {
                DocId = id, Path = id + ".txt", Year = random.Next(5) == 0 ? null : 2005 + random.Next(20),
                Language = random.Next(3) == 0 ? Language.English : Language.Chinese, Paragraphs = paragraphs, Sentences = sentences,
                Metadata = [new("source", random.Next(4) == 0 ? "" : "s" + random.Next(3).ToString(CultureInfo.InvariantCulture))],
            });
            var languages = new[] { Language.English, Language.Chinese }.Where(_ => random.Next(3) > 0).ToArray();
            var tokens = languages.ToDictionary(l => l, _ => 50 + random.Next(500));
            var own = new Dictionary<(string, Language), int>();
            foreach (var language in languages)
                foreach (var c in Concepts)
                {
                    var n = random.Next(4) == 0 ? random.Next(6) : 0;
                    own[(c.Id, language)] = n;
                    for (var m = 0; m < n; m++)
                    {
                        var sentence = random.Next(sentences + 2); // now and then beyond the declared sentences
                        matches.Add(new ConceptMatchRow
                        {
                            DocId = id, ConceptId = c.Id, Language = language, Term = c.Zh, Paragraph = Math.Min(sentence / 3, paragraphs + 1),
                            Sentence = sentence, Start = m * 10, End = m * 10 + 2, MatchedText = c.Zh,
                        });
                    }
                }
            foreach (var c in Concepts)
                foreach (var language in languages.Order())
                {
                    var n = own[(c.Id, language)];
                    // "governance" is the parent of every other concept.
                    var withChildren = c.Id == "governance" ? Concepts.Sum(k => own[(k.Id, language)]) : n;
                    counts.Add(new ConceptCountRow
                    {
                        DocId = id, ConceptId = c.Id, ConceptEn = c.En, ConceptZh = c.Zh, Language = language, Count = n,
                        CountWithChildren = withChildren, Tokens = tokens[language], Per10k = n * 10_000.0 / tokens[language],
                        Per10kWithChildren = withChildren * 10_000.0 / tokens[language],
                    });
                }
            foreach (var language in languages.Order())
            {
                // At most 10 × 5 = 50 occurrences: never more than the document's (at least 50) tokens.
                foreach (var w in Words.Where(_ => random.Next(2) == 0).Order(StringComparer.Ordinal))
                {
                    var n = 1 + random.Next(5);
                    words.Add(new WordFrequencyRow { DocId = id, Language = language, Token = w, Count = n });
                }
            }
        }
        return new TestTables(["source"], docs, counts, matches, words);
    }
}
