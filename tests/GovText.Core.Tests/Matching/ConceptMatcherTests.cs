using GovText.Core.Lexicon;
using GovText.Core.Matching;
using GovText.Core.Tests.Support;
using GovText.Core.Text;

namespace GovText.Core.Tests.Matching;

public class ConceptMatcherTests
{
    private static readonly CompiledLexicon Fixture = Lexicons.Parse("""
        concepts:
          - id: meta
            terms:
              zh: [元治理]
              en: [meta-governance]
          - id: meta_closed
            terms:
              en: [metagovernance]
          - id: mobilization
            terms:
              en: ["organizational mobiliz*"]
          - id: collab
            terms:
              zh: [协同治理]
              en: [collaborative governance, overall collaborative governance]
          - id: overall
            terms:
              en: [overall collaborative]
          - id: governance_stem
            terms:
              en: [{ text: governance, stem: true }]
          - id: self
            terms:
              zh: [自治]
              en: [self-governance]
            exclude:
              zh: [自治区, 民族区域自治]
              en: [party self-governance]
          - id: sharing
            terms:
              en: ["co-construction, co-governance and sharing"]
        """).Compile();

    [Theory]
    [InlineData("Meta governance matters.", "meta:Meta governance")]
    [InlineData("The meta-governance role.", "meta:meta-governance")]
    [InlineData("The Meta -governance role.", "meta:Meta -governance")]
    [InlineData("A metagovernance lens.", "meta_closed:metagovernance")]
    [InlineData("A meta–governance lens.", "meta:meta–governance")]
    public void Hyphen_and_space_are_the_same_and_a_closed_compound_only_when_listed(string text, string expected) =>
        Assert.Equal([expected], Lexicons.Hits(Fixture, text));

    [Fact]
    public void A_closed_compound_not_in_the_lexicon_does_not_match()
    {
        var lexicon = Lexicons.Parse("concepts:\n  - id: meta\n    terms: { en: [meta-governance] }\n").Compile();
        Assert.Empty(Lexicons.Hits(lexicon, "A metagovernance lens."));
    }

    [Fact]
    public void Prefix_glob_matches_word_beginnings_only()
    {
        Assert.Equal(
        [
            "mobilization:organizational mobilization", "mobilization:Organizational mobilizations",
            "mobilization:organizational mobilizing", "mobilization:organizational mobiliz",
        ], Lexicons.Hits(Fixture, "organizational mobilization, Organizational mobilizations, organizational mobilizing, organizational immobilization, organizational mobiliz."));
    }

    [Fact]
    public void Without_stem_governance_is_not_government_and_plurals_need_a_glob()
    {
        var plain = Lexicons.Parse("concepts:\n  - id: g\n    terms: { en: [governance] }\n").Compile();
        Assert.Equal(["g:governance"], Lexicons.Hits(plain, "governance, government, governments, governances, governing"));
    }

    [Fact]
    public void Stem_true_compares_snowball_stems_which_merge_governance_and_government()
    {
        Assert.Equal("govern", TestTokenizer.Stem("government"));
        Assert.Equal(
            ["governance_stem:governance", "governance_stem:government", "governance_stem:governments", "governance_stem:governances", "governance_stem:governing"],
            Lexicons.Hits(Fixture, "governance, government, governments, governances, governing"));
    }

    [Fact]
    public void A_term_never_matches_part_of_a_hyphenated_word()
    {
        var plain = Lexicons.Parse("concepts:\n  - id: g\n    terms: { en: [governance] }\n").Compile();
        Assert.Empty(Lexicons.Hits(plain, "self-governance and co-governance"));
    }

    [Fact]
    public void Exclusions_drop_matches_inside_them_per_concept()
    {
        Assert.Equal(["self:自治", "self:自治"], Lexicons.Hits(Fixture, "村民自治。西藏自治区。民族区域自治制度。居民自治。", "自治", "自治区", "区域"));
        Assert.Equal(["self:self-governance"], Lexicons.Hits(Fixture, "strict Party self-governance; villagers' self-governance"));
    }

    [Fact]
    public void An_exclusion_matches_even_when_the_segmenter_splits_it()
    {
        // No vocabulary: every Han character is a token, so 自治区 is three tokens and 自治 two.
        Assert.Equal(["self:自治"], Lexicons.Hits(Fixture, "自治区和自治"));
    }

    [Fact]
    public void A_chinese_term_matches_a_run_of_tokens_but_not_part_of_a_token()
    {
        Assert.Equal(["collab:协同治理"], Lexicons.Hits(Fixture, "推进协同治理"));                  // 协 同 治 理 as four tokens
        Assert.Equal(["collab:协同治理"], Lexicons.Hits(Fixture, "推进协同治理", "协同", "治理"));    // two tokens
        Assert.Empty(Lexicons.Hits(Fixture, "推进协同治理", "进协", "同治", "理"));                  // cut across the term
    }

    [Fact]
    public void Matches_never_cross_sentences_or_punctuation_but_do_cross_wrapped_lines()
    {
        // Only the stem concept's single word "governance" is left: collaborative governance is not there.
        Assert.Equal(["governance_stem:Governance"], Lexicons.Hits(Fixture, "It was collaborative. Governance came later."));
        Assert.Equal(["governance_stem:governance"], Lexicons.Hits(Fixture, "collaborative, governance"));
        Assert.Equal([], Lexicons.Hits(Fixture, "协同。治理"));
        Assert.Equal([], Lexicons.Hits(Fixture, "协同，治理"));
        Assert.Equal(["collab:collaborative\ngovernance"], Lexicons.Hits(Fixture, "collaborative\ngovernance"));
        Assert.Equal(["collab:协同\n治理"], Lexicons.Hits(Fixture, "协同\n治理"));
    }

    [Fact]
    public void Punctuation_written_in_a_term_may_appear_in_the_text()
    {
        Assert.Equal(
            ["sharing:co-construction, co-governance and sharing", "sharing:co-construction co-governance and sharing"],
            Lexicons.Hits(Fixture, "co-construction, co-governance and sharing; co-construction co-governance and sharing"));
    }

    [Fact]
    public void Longest_match_wins_and_a_token_is_in_at_most_one_match()
    {
        // "overall collaborative governance" (3 words) beats "overall collaborative" (2): one match, collab.
        Assert.Equal(["collab:overall collaborative governance"], Lexicons.Hits(Fixture, "overall collaborative governance"));
        // Leftmost first: "overall collaborative" takes "collaborative", so "collaborative governance" cannot match.
        Assert.Equal(["overall:overall collaborative"], Lexicons.Hits(Fixture, "overall collaborative approaches"));
    }

    [Fact]
    public void Leftmost_beats_longer_later_across_concepts()
    {
        var lexicon = Lexicons.Parse("concepts:\n  - id: ab\n    terms: { en: [a b] }\n  - id: bcd\n    terms: { en: [b c d] }\n").Compile();
        Assert.Equal(["ab:a b"], Lexicons.Hits(lexicon, "a b c d"));
        Assert.Equal(["bcd:b c d"], Lexicons.Hits(lexicon, "x b c d"));
    }

    [Fact]
    public void The_same_term_under_two_concepts_gives_one_match_per_concept()
    {
        var lexicon = Lexicons.Parse("""
            concepts:
              - id: parent
                terms: { en: [co-governance] }
              - id: child
                parent: parent
                terms: { en: [co governance, pluralistic co-governance] }
            """).Compile();
        var matches = Lexicons.Match(lexicon, "co-governance and pluralistic co-governance");
        Assert.Equal(
        [
            new ConceptMatch("parent", "co-governance", Language.English, 0, 0, 0, 13, "co-governance"),
            new ConceptMatch("child", "co governance", Language.English, 0, 0, 0, 13, "co-governance"),
            new ConceptMatch("child", "pluralistic co-governance", Language.English, 0, 0, 18, 43, "pluralistic co-governance"),
        ], matches);
    }

    [Fact]
    public void Equally_long_different_terms_go_to_the_term_listed_first()
    {
        var lexicon = Lexicons.Parse("concepts:\n  - id: a\n    terms: { en: [\"mobiliz*\"] }\n  - id: b\n    terms: { en: [mobilization] }\n").Compile();
        Assert.Equal(["a:mobilization"], Lexicons.Hits(lexicon, "mobilization"));
    }

    [Fact]
    public void A_match_records_sentence_paragraph_offsets_and_text()
    {
        const string text = "Intro.\n\nFirst sentence. Then meta-governance\nwrapped.\n\n元治理。";
        var matches = Lexicons.Match(Fixture, text, "元治理");
        Assert.Equal(
        [
            new ConceptMatch("meta", "meta-governance", Language.English, 2, 1, 29, 44, "meta-governance"),
            new ConceptMatch("meta", "元治理", Language.Chinese, 3, 2, 55, 58, "元治理"),
        ], matches);
        Assert.Equal("meta-governance", text[29..44]);
    }

    [Fact]
    public void Chinese_words_for_the_segmenter_include_exclusions()
    {
        Assert.Equal(["元治理", "协同治理", "民族区域自治", "自治", "自治区"], Fixture.ChineseWords);
    }
}
