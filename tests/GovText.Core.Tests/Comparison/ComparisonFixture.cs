using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Results;
using GovText.Core.Tests.Support;
using GovText.Core.Text;

namespace GovText.Core.Tests.Comparison;

/// <summary>
/// Five hand-made documents: years 2010, 2011, 2013, 2014 (2012 missing) and one without a year; Chinese and
/// English text; three concepts with direct matches in known sentences and paragraphs. Expected values in the
/// tests are worked out by hand in the comments there (keyness by tests/reference/keyness_reference.py).
/// </summary>
internal static class ComparisonFixture
{
    public static IReadOnlyList<string> Columns => Tables().Columns;

    public static readonly (string Id, string En, string Zh)[] Concepts =
    [
        ("social_management", "Social management", "社会管理"),
        ("social_governance", "Social governance", "社会治理"),
        ("collaborative_governance", "Collaborative governance", "协同治理"),
    ];

    public static TestTables Tables()
    {
        var docs = new[]
        {
            Doc("d1", 2010, Language.Chinese, 3, 10, "A"),
            Doc("d2", 2011, Language.Chinese, 2, 8, "A"),
            Doc("d3", 2013, Language.Mixed, 4, 12, "B"),
            Doc("d4", 2014, Language.English, 2, 6, "B"),
            Doc("d5", null, Language.Chinese, 1, 5, "B"),
        };
        // (doc, language, tokens, counts of social_management, social_governance, collaborative_governance)
        var counts = new (string Doc, Language Lang, int Tokens, int[] C)[]
        {
            ("d1", Language.Chinese, 1000, [4, 0, 1]),
            ("d2", Language.Chinese, 800, [3, 1, 0]),
            ("d3", Language.English, 500, [0, 2, 1]),
            ("d3", Language.Chinese, 1200, [0, 5, 2]),
            ("d4", Language.English, 600, [1, 3, 2]),
            ("d5", Language.Chinese, 400, [1, 1, 0]),
        };
        var countRows = counts.SelectMany(c => Concepts.Select((k, i) => new ConceptCountRow
        {
            DocId = c.Doc, ConceptId = k.Id, ConceptEn = k.En, ConceptZh = k.Zh, Language = c.Lang,
            Count = c.C[i], CountWithChildren = c.C[i], Tokens = c.Tokens,
            Per10k = c.C[i] * 10_000.0 / c.Tokens, Per10kWithChildren = c.C[i] * 10_000.0 / c.Tokens,
        })).ToList();

        var matches = new (string Doc, string Concept, Language Lang, int Paragraph, int Sentence)[]
        {
            ("d1", "social_management", Language.Chinese, 0, 0), ("d1", "collaborative_governance", Language.Chinese, 0, 0), ("d1", "social_management", Language.Chinese, 1, 4),
            ("d2", "social_management", Language.Chinese, 0, 1), ("d2", "social_governance", Language.Chinese, 1, 6),
            ("d3", "social_governance", Language.Chinese, 1, 2), ("d3", "collaborative_governance", Language.Chinese, 1, 2), ("d3", "social_governance", Language.English, 1, 5),
            ("d3", "collaborative_governance", Language.English, 3, 9),
            ("d4", "social_governance", Language.English, 0, 0), ("d4", "collaborative_governance", Language.English, 1, 3),
        }.Select((m, i) => new ConceptMatchRow
        {
            DocId = m.Doc, ConceptId = m.Concept, Language = m.Lang, Term = "t", Paragraph = m.Paragraph, Sentence = m.Sentence,
            Start = i * 10, End = i * 10 + 4, MatchedText = "t",
        }).ToList();

        var words = new (string Doc, Language Lang, string Token, int Count)[]
        {
            ("d1", Language.Chinese, "治理", 2), ("d3", Language.Chinese, "治理", 10),
            ("d1", Language.Chinese, "管理", 8), ("d2", Language.Chinese, "管理", 6), ("d3", Language.Chinese, "管理", 1),
            ("d1", Language.Chinese, "发展", 20), ("d2", Language.Chinese, "发展", 15), ("d3", Language.Chinese, "发展", 25),
            ("d3", Language.Chinese, "网格", 3), // 3 occurrences: below the default --min-count of 5
            ("d3", Language.English, "governance", 9), ("d4", Language.English, "governance", 7), // no English in the reference: not tested
            ("d3", Language.Number, "2013", 6), ("d1", Language.Number, "2010", 5), // numbers are not words: not tested
            ("d5", Language.Chinese, "治理", 50), // no year: on neither side
        }.Select(w => new WordFrequencyRow { DocId = w.Doc, Language = w.Lang, Token = w.Token, Count = w.Count }).ToList();

        return new TestTables(["source"], docs, countRows, matches, words);
    }

    /// <summary>Writes the tables as a count run would, for the readers and the plot command.</summary>
    public static void WriteTo(string folder) => Tables().WriteTo(folder);

    /// <summary>Every document accumulated for <paramref name="options"/>.</summary>
    public static CountAccumulator Accumulate(ComparisonOptions options) => Tables().Accumulate(options);

    private static DocumentRow Doc(string id, int? year, Language language, int paragraphs, int sentences, string source) => new()
    {
        DocId = id, Path = id + ".txt", Title = "Document " + id, Year = year, Language = language,
        Paragraphs = paragraphs, Sentences = sentences, Metadata = [new("source", source)],
    };
}
