using GovText.Core.Results;
using GovText.Core.Counting;
using GovText.Core.Matching;
using GovText.Core.Tests.Support;
using GovText.Core.Text;

namespace GovText.Core.Tests.Counting;

public class ConceptCounterTests
{
    private static readonly CompiledLexicon Hierarchy = Lexicons.Parse("""
        concepts:
          - id: social
            label: { en: Social governance, zh: 社会治理 }
            terms:
              zh: [社会治理]
              en: [social governance, grassroots governance]
          - id: grassroots
            label: { en: Grassroots governance, zh: 基层治理 }
            parent: social
            terms:
              zh: [基层治理]
              en: [grassroots governance]
          - id: community
            label: { en: Community governance, zh: 社区治理 }
            parent: grassroots
            terms:
              zh: [社区治理]
              en: [community governance]
          - id: other
            terms: { en: [digital governance] }
        """).Compile();

    private static List<ConceptCountRow> CountText(string docId, string text, int? hanChars = null, params string[] words)
    {
        var sentences = TestTokenizer.Tokenize(text, words);
        var matches = ConceptMatcher.Match(Hierarchy, sentences, text);
        var totals = WordFrequencies.TokenTotals(sentences.SelectMany(s => s.Tokens.ToArray()));
        return ConceptCounter.Count(docId, matches, totals, hanChars ?? GovText.Core.Lexicon.HanScript.Count(text), Hierarchy);
    }

    [Fact]
    public void Own_counts_and_category_totals_count_each_span_once_per_level_and_zero_rows_are_kept()
    {
        // 6 English tokens (2020 is a num token): community governance, and grassroots governance (listed under social AND
        // grassroots, so one span is an own match of both). Own: social 1, grassroots 1, community 1. With children:
        // social {grassroots, community} = 2, grassroots {grassroots, community} = 2 (the shared span once), community 1.
        var rows = CountText("d1", "Community governance and grassroots governance 2020 today.");
        Assert.Equal(
        [
            "social en 1 2 6", "grassroots en 1 2 6", "community en 1 1 6", "other en 0 0 6",
        ], rows.Select(r => $"{r.ConceptId} {r.Language} {r.Count} {r.CountWithChildren} {r.Tokens}"));
        Assert.All(rows, r => Assert.Null(r.HanChars));
        Assert.All(rows, r => Assert.Null(r.Per10kHan));
        Assert.Equal(1 * 10_000.0 / 6, rows[0].Per10k);
        Assert.Equal(2 * 10_000.0 / 6, rows[0].Per10kWithChildren);
    }

    [Fact]
    public void A_parent_whose_own_terms_never_occur_has_count_zero()
    {
        // The 三治融合 defect: only the children occur; the parent's own count is 0 and only its category total is not.
        var rows = CountText("d4", "社区治理和基层治理很重要。", null, "社区治理", "基层治理");
        var social = rows.Single(r => r.ConceptId == "social");
        Assert.Equal((0, 2, 0.0), (social.Count, social.CountWithChildren, social.Per10k));
        Assert.Equal(2, rows.Sum(r => r.Count)); // summing own counts gives the matches, nothing twice
    }

    [Fact]
    public void Chinese_rows_have_han_rates_and_an_absent_language_has_no_rows()
    {
        // Tokens: 社区治理 / 和 / 基层治理 / 很 / 重 / 要 = 6; Han characters: 12.
        var rows = CountText("d2", "社区治理和基层治理很重要。", null, "社区治理", "基层治理");
        Assert.Equal(
            ["social zh 0 2 6 12", "grassroots zh 1 2 6 12", "community zh 1 1 6 12", "other zh 0 0 6 12"],
            rows.Select(r => $"{r.ConceptId} {r.Language} {r.Count} {r.CountWithChildren} {r.Tokens} {r.HanChars}"));
        Assert.Equal(1 * 10_000.0 / 6, rows[2].Per10k);
        Assert.Equal(1 * 10_000.0 / 12, rows[2].Per10kHan);
        Assert.Equal(("Community governance", "社区治理"), (rows[2].ConceptEn, rows[2].ConceptZh));
    }

    [Fact]
    public void A_bilingual_document_gets_en_then_zh_rows_per_concept()
    {
        var rows = CountText("d3", "社区治理。Community governance matters.", null, "社区治理");
        Assert.Equal(
        [
            "social en 0 1", "social zh 0 1", "grassroots en 0 1", "grassroots zh 0 1", "community en 1 1", "community zh 1 1",
            "other en 0 0", "other zh 0 0",
        ], rows.Select(r => $"{r.ConceptId} {r.Language} {r.Count} {r.CountWithChildren}"));
    }

    [Fact]
    public void A_documents_rows_do_not_depend_on_other_documents()
    {
        var alone = CountText("d1", "Community governance.");
        CountText("d9", "Grassroots governance everywhere, grassroots governance.");
        Assert.Equal(alone, CountText("d1", "Community governance."));
    }

    [Fact]
    public void Word_frequencies_are_ordinal_by_language_then_token()
    {
        const string text = "Governance, governance 2020 社会治理 Zeta.";
        var tokens = TestTokenizer.Tokenize(text, "社会治理").SelectMany(s => s.Tokens.ToArray());
        Assert.Equal(
            ["en governance 2", "en zeta 1", "num 2020 1", "zh 社会治理 1"],
            WordFrequencies.Count("d", tokens).Select(r => $"{r.Language} {r.Token} {r.Count}"));
    }

    [Fact]
    public void Match_rows_use_code_point_offsets()
    {
        // U+20000 (an astral Han character) is two UTF-16 units but one code point.
        const string text = "𠀀 社区治理";
        var sentences = TestTokenizer.Tokenize(text, "社区治理");
        var match = Assert.Single(ConceptMatcher.Match(Hierarchy, sentences, text));
        Assert.Equal((3, 7), (match.Start, match.End));
        var row = Assert.Single(ConceptMatchRows.Create("d", text, [match]));
        Assert.Equal((2, 6, 0, 0, "社区治理"), (row.Start, row.End, row.Sentence, row.Paragraph, row.MatchedText));
        Assert.Equal("社区治理", string.Concat(text.EnumerateRunes().Skip(row.Start).Take(row.End - row.Start)));
    }

    [Fact]
    public void Code_point_offsets_count_each_surrogate_pair_once()
    {
        var offsets = CodePointOffsets.For("a𠀀b𠀁c");
        Assert.Equal([0, 1, 2, 3, 4], new[] { 0, 1, 3, 4, 6 }.Select(offsets.ToCodePoint));
    }

    [Fact]
    public void Csv_writers_write_the_documented_headers()
    {
        using var dir = GovText.Tests.TestEnvironment.CreateTempDir();
        var rows = CountText("d2", "社区治理。", null, "社区治理");
        ResultTables.ConceptCounts.Write(dir.File("concept_counts.csv"), rows.Take(1));
        Assert.Equal(
            "doc_id,concept_id,concept_en,concept_zh,language,count,count_with_children,tokens,per_10k,per_10k_with_children,han_chars,per_10k_han\n" +
            "d2,social,Social governance,社会治理,zh,0,1,1,0,10000,4,0\n",
            File.ReadAllText(dir.File("concept_counts.csv")));

        ResultTables.ConceptMatches.Write(dir.File("m.csv"), [new ConceptMatchRow { DocId = "d", ConceptId = "c", Language = Language.English, Term = "a, b", Paragraph = 0, Sentence = 1, Start = 2, End = 6, MatchedText = "a, b" }]);
        Assert.Equal("doc_id,concept_id,language,term,paragraph,sentence,start,end,matched_text\nd,c,en,\"a, b\",0,1,2,6,\"a, b\"\n",
            File.ReadAllText(dir.File("m.csv")));

        ResultTables.WordFrequencies.Write(dir.File("w.csv"), [new WordFrequencyRow { DocId = "d", Language = Language.English, Token = "x", Count = 3 }]);
        Assert.Equal("doc_id,language,token,count,pos\nd,en,x,3,\n", File.ReadAllText(dir.File("w.csv")));
    }
}
