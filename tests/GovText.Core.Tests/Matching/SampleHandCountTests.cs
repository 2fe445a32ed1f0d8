using System.Text.RegularExpressions;
using GovText.Core.Lexicon;
using GovText.Core.Matching;
using GovText.Core.Tests.Support;
using GovText.Tests;

namespace GovText.Core.Tests.Matching;

/// <summary>
/// Runs the default lexicon over the five sample papers, tokenized by the test stand-in after the three repairs the
/// cleaning stage makes, and compares the direct matches with the hand counts in Data/sample-hand-counts.csv. This
/// catches lexicon mistakes now; the lead asserts the real pipeline against the same file.
/// </summary>
public partial class SampleHandCountTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["orgmob-collab-gov"] = "organizational-mobilization-collaborative-governance.txt",
        ["party-building-governance"] = "party-building-governance-pssxiv-2024.txt",
        ["overall-collab-governance"] = "overall-collaborative-governance-cssn-2021.txt",
        ["grassroots-party-orgs"] = "grassroots-party-organizations-thesis-2023.txt",
        ["shanghai-party-building"] = "shanghai-party-building-cssn-2017.txt",
    };

    public static TheoryData<string> DocIds => new(Files.Keys);

    [Theory]
    [MemberData(nameof(DocIds))]
    public void Default_lexicon_finds_the_hand_counted_matches(string docId)
    {
        var lexicon = ConceptLexicon.Default.Compile();
        var text = ApproximateCleaning(File.ReadAllText(Path.Combine(TestEnvironment.SampleCorpus, Files[docId])));
        var sentences = TestTokenizer.Tokenize(text, [.. lexicon.ChineseWords]);
        var actual = ConceptMatcher.Match(lexicon, sentences, text)
            .GroupBy(m => $"{m.ConceptId},{m.Language}")
            .Select(g => $"{g.Key},{g.Count()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(HandCounts(docId), actual);
    }

    [Fact]
    public void Hand_counts_cover_every_sample_document()
    {
        var ids = File.ReadLines(HandCountsPath).Skip(1).Select(l => l[..l.IndexOf(',')]).Distinct();
        Assert.Equal(Files.Keys.Order(), ids.Order());
    }

    private static string HandCountsPath => Path.Combine(AppContext.BaseDirectory, "Data", "sample-hand-counts.csv");

    private static IEnumerable<string> HandCounts(string docId) =>
        File.ReadLines(HandCountsPath)
            .Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[0] == docId)
            .Select(f => $"{f[1]},{f[2]},{f[3]}")
            .Order(StringComparer.Ordinal);

    /// <summary>The repairs of the cleaning stage that decide matches in these papers (see the notes in the CSV).</summary>
    private static string ApproximateCleaning(string raw)
    {
        var text = raw.Replace("mobiliza-tion", "mobilization").Replace("govern-ance", "governance");
        text = GluedWords().Replace(text, "$1 $2");
        return MissingSpace().Replace(text, "$1 $2");
    }

    [GeneratedRegex(@"(\p{Ll})(\p{Lu})")]
    private static partial Regex GluedWords();

    [GeneratedRegex(@"([,.;:])(\p{L})")]
    private static partial Regex MissingSpace();
}
