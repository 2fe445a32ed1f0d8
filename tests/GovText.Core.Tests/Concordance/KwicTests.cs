using GovText.Core.Concordance;
using GovText.Core.Errors;
using GovText.Core.Lexicon;
using GovText.Core.Matching;
using GovText.Core.Tests.Support;
using GovText.Core.Text;

namespace GovText.Core.Tests.Concordance;

public class KwicTests
{
    private static readonly CompiledLexicon Lexicon = Lexicons.Parse("""
        concepts:
          - id: collab
            terms:
              zh: [协同治理]
              en: [collaborative governance]
          - id: multi
            parent: collab
            terms:
              zh: [多元共治]
          - id: meta
            terms:
              en: [meta-governance]
        """).Compile();

    private static List<KwicLine> Build(string text, KwicOptions options, string? concept = null, CompiledLexicon? lexicon = null, params string[] words)
    {
        lexicon ??= Lexicon;
        var sentences = TestTokenizer.Tokenize(text, words);
        var matches = Kwic.Select(ConceptMatcher.Match(lexicon, sentences, text), lexicon, concept);
        return Kwic.Build("doc", text, sentences, matches, options);
    }

    [Fact]
    public void English_context_is_n_words_and_stays_in_the_paragraph()
    {
        const string text = "Other paragraph words here.\n\nOne two three. Four five collaborative\ngovernance six, seven eight nine.\n\nNext paragraph.";
        var line = Assert.Single(Build(text, new KwicOptions(15, 3)));
        Assert.Equal(("collab", Language.English, 2), (line.ConceptId, line.Language, line.Sentence));
        Assert.Equal(("three. Four five", "collaborative governance", "six, seven eight"), (line.Left, line.Hit, line.Right));

        var wide = Assert.Single(Build(text, new KwicOptions(15, 50)));
        Assert.Equal(("One two three. Four five", "six, seven eight nine."), (wide.Left, wide.Right));
    }

    [Fact]
    public void Chinese_context_is_n_characters_flattened_and_stays_in_the_paragraph()
    {
        const string text = "上一段。\n\n我们要推进\n协同治理，形成多元共治格局。\n\n下一段。";
        var lines = Build(text, KwicOptions.Window(4), null, null, "协同治理", "多元共治");
        Assert.Equal(
        [
            ("collab", "们要推进", "协同治理", "，形成多"),
            ("multi", "理，形成", "多元共治", "格局。"),
        ], lines.Select(l => (l.ConceptId, l.Left, l.Hit, l.Right)));
        Assert.Equal((12, 16), (lines[0].Start, lines[0].End));
    }

    [Fact]
    public void Offsets_are_code_points()
    {
        const string text = "𠀀𠀀协同治理";
        var line = Assert.Single(Build(text, KwicOptions.Default, null, null, "协同治理"));
        Assert.Equal((2, 6, "𠀀𠀀"), (line.Start, line.End, line.Left));
    }

    [Fact]
    public void Concept_selection_includes_descendants_and_unknown_ids_fail()
    {
        const string text = "协同治理和多元共治。meta-governance.";
        Assert.Equal(["collab", "multi"], Build(text, KwicOptions.Default, "collab", null, "协同治理", "多元共治").Select(l => l.ConceptId));
        Assert.Equal(["multi"], Build(text, KwicOptions.Default, "multi", null, "协同治理", "多元共治").Select(l => l.ConceptId));
        Assert.Equal(["collab", "multi", "meta"], Build(text, KwicOptions.Default, null, null, "协同治理", "多元共治").Select(l => l.ConceptId));
        var ex = Assert.Throws<ConfigurationException>(() => Build(text, KwicOptions.Default, "nope"));
        Assert.Contains("unknown concept 'nope'", ex.Message);
    }

    [Fact]
    public void An_ad_hoc_term_uses_the_same_rules()
    {
        var term = ConceptLexicon.ForTerm("Meta governance").Compile();
        var line = Assert.Single(Build("The meta-governance role.", KwicOptions.Default, "term", term));
        Assert.Equal(("term", "The", "meta-governance", "role."), (line.ConceptId, line.Left, line.Hit, line.Right));
        Assert.Equal(Language.Chinese, ConceptLexicon.ForTerm("协同治理").Concepts[0].Terms[0].Language);
        Assert.Equal("term", Assert.Throws<ConfigurationException>(() => ConceptLexicon.ForTerm("*governance")).Setting);
    }

    [Fact]
    public void Text_rendering_aligns_columns_counting_cjk_as_two()
    {
        KwicLine Line(string doc, int sentence, string left, string hit, string right) => new()
        {
            DocId = doc, ConceptId = "c", Language = Language.Other, Sentence = sentence, Start = 0, End = 0, Left = left, Hit = hit, Right = right,
        };
        var writer = new StringWriter();
        KwicText.Write(writer, [Line("a", 1, "推进", "协同治理", "格局"), Line("bb", 12, "the new", "collaborative governance", "")]);
        Assert.Equal(
            "a:1       推进 | 协同治理                 | 格局\n" +
            "bb:12  the new | collaborative governance |\n",
            writer.ToString());
        Assert.Equal(8, DisplayWidth.Of("协同治理"));
        Assert.Equal(3, DisplayWidth.Of("e\u0301ab"));
    }
}
