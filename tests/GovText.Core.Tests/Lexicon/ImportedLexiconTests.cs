using GovText.Core.Errors;
using GovText.Core.Lexicon;
using GovText.Core.Tests.Support;
using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Core.Tests.Lexicon;

public class ImportedLexiconTests
{
    private const string Quanteda = """
        governance:
          collaborative:
            - collaborative governance
            - 协同治理
            - 协同 共治
          Meta Governance: [meta-governance, 元治理]
        mobilization: mobiliz*
        """;

    [Fact]
    public void Quanteda_nested_keys_become_a_hierarchy_and_language_follows_the_script()
    {
        var lexicon = Lexicons.Parse(Quanteda, LexiconFormat.Quanteda, "dict.yml");

        Assert.Equal(["governance", "collaborative", "meta_governance", "mobilization"], lexicon.Concepts.Select(c => c.Id));
        Assert.Equal([null, "governance", "governance", null], lexicon.Concepts.Select(c => c.Parent));
        Assert.Equal("Meta Governance", lexicon.Concepts[2].LabelEn);
        Assert.Empty(lexicon.Concepts[0].Terms);
        Assert.Equal(
            [new LexiconTerm("collaborative governance", Language.English, false, 3), new LexiconTerm("协同治理", Language.Chinese, false, 4),
             new LexiconTerm("协同共治", Language.Chinese, false, 5)],
            lexicon.Concepts[1].Terms);
        Assert.Equal([new LexiconTerm("mobiliz*", Language.English, false, 7)], lexicon.Concepts[3].Terms);
    }

    [Fact]
    public void Quanteda_question_mark_wildcard_is_rejected_with_its_line()
    {
        var errors = Lexicons.Errors("economy:\n  - tax\n  - budg?t\n", LexiconFormat.Quanteda, "dict.yml");
        Assert.Equal(
            ["dict.yml:3: term 'budg?t': quanteda's '?' wildcard is not supported; write the words out, or use '*' at the end of a word"],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Quanteda_leading_glob_and_duplicate_keys_are_errors()
    {
        var errors = Lexicons.Errors("a:\n  - \"*tax\"\nb:\n  a: [x]\n", LexiconFormat.Quanteda, "dict.yml");
        Assert.Equal(
        [
            "dict.yml:2: term '*tax' of concept 'a': '*' may only end a word ('*tax'): GovText globs are prefix globs",
            "dict.yml:4: duplicate concept id 'a' (first defined on line 1)",
        ], errors.Select(e => e.ToString()));
    }

    private const string Liwc = "%\n1\tgovern\n2\tmobilize\n3\tunused words\n%\ngovernance\t1\nmobiliz*\t2\t1\n组织 动员\t2\nthank you\t3\n";

    [Fact]
    public void Liwc_categories_become_flat_concepts_and_words_their_terms()
    {
        var lexicon = Lexicons.Parse(Liwc, LexiconFormat.Liwc, "d.dic");

        Assert.Equal(["govern", "mobilize", "unused_words"], lexicon.Concepts.Select(c => c.Id));
        Assert.All(lexicon.Concepts, c => Assert.Null(c.Parent));
        Assert.Equal("unused words", lexicon.Concepts[2].LabelEn);
        Assert.Equal([new LexiconTerm("governance", Language.English, false, 6), new LexiconTerm("mobiliz*", Language.English, false, 7)], lexicon.Concepts[0].Terms);
        Assert.Equal([new LexiconTerm("mobiliz*", Language.English, false, 7), new LexiconTerm("组织动员", Language.Chinese, false, 8)], lexicon.Concepts[1].Terms);
        Assert.Equal([new LexiconTerm("thank you", Language.English, false, 9)], lexicon.Concepts[2].Terms);
        Assert.Equal(["d.dic: 1 word(s) are listed under several categories; as in LIWC, a match counts for each of them"],
            lexicon.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Liwc_errors_name_their_lines()
    {
        var errors = Lexicons.Errors("%\n1\tgovern\nx\tbad\n%\ngovernance\t1\t7\nlike<of>\t1\nlonely\n", LexiconFormat.Liwc, "d.dic");
        Assert.Equal(
        [
            "d.dic:3: a category line is 'number<TAB>name', not 'x\tbad'",
            "d.dic:5: 'governance' names category 7, which the category block does not define",
            "d.dic:6: conditional LIWC entries ('like<of>\t1') are not supported; list the plain word",
            "d.dic:7: the word line 'lonely' names no category number",
        ], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Liwc_without_a_closed_header_is_an_error()
    {
        Assert.Equal(["d.dic: the category block is not closed by a second '%' line"],
            Lexicons.Errors("%\n1\tgovern\n", LexiconFormat.Liwc, "d.dic").Select(e => e.ToString()));
        Assert.Equal(["d.dic:1: a LIWC dictionary starts with a '%' line opening the category block"],
            Lexicons.Errors("governance\t1\n", LexiconFormat.Liwc, "d.dic").Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("a.dic", "anything", LexiconFormat.Liwc)]
    [InlineData("a.yml", "concepts:\n  - id: a\n", LexiconFormat.GovText)]
    [InlineData("a.YAML", "# comment\nconcepts: []\n", LexiconFormat.GovText)]
    [InlineData("a.yaml", "governance:\n  concepts: [x]\n", LexiconFormat.Quanteda)]
    public void Format_is_detected_by_extension_and_top_level_concepts_key(string path, string text, LexiconFormat expected) =>
        Assert.Equal(expected, LexiconFormats.Detect(path, text));

    [Fact]
    public void Unknown_extension_or_format_name_is_a_configuration_error()
    {
        Assert.Throws<ConfigurationException>(() => LexiconFormats.Detect("a.txt", "concepts:"));
        Assert.Equal(LexiconFormat.Quanteda, LexiconFormats.Parse("Quanteda"));
        var ex = Assert.Throws<ConfigurationException>(() => LexiconFormats.Parse("wordstat"));
        Assert.Equal("unknown lexicon format 'wordstat'; use one of: govtext, quanteda, liwc", ex.Message);
    }

    [Fact]
    public void Read_uses_the_explicit_format_over_the_extension()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = dir.File("dictionary.txt");
        File.WriteAllText(path, Quanteda);
        var lexicon = ConceptLexicon.Load(path, LexiconFormat.Quanteda);
        Assert.Equal(LexiconFormat.Quanteda, lexicon.Format);
        Assert.Equal(4, lexicon.Concepts.Count);
    }
}
