using GovText.Core.Errors;
using GovText.Core.Lexicon;
using GovText.Core.Tests.Support;
using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Core.Tests.Lexicon;

public class GovTextYamlReaderTests
{
    [Fact]
    public void Reads_every_field_with_lines()
    {
        var lexicon = Lexicons.Parse("""
            concepts:
              - id: party_leadership
                label: { en: Party leadership, zh: 党的领导 }
                terms:
                  zh: [党的领导]
              - id: organizational_mobilization
                label: { en: Organizational mobilization, zh: 组织动员 }
                parent: party_leadership
                description: From the sample corpus.
                terms:
                  en:
                    - organizational mobilization
                    - { text: mobilize, stem: true }
                  zh: [组织动员]
                exclude:
                  en: ["demobilization"]
            """);

        Assert.Equal(["party_leadership", "organizational_mobilization"], lexicon.Concepts.Select(c => c.Id));
        var mob = lexicon.Concepts[1];
        Assert.Equal("Organizational mobilization", mob.LabelEn);
        Assert.Equal("组织动员", mob.LabelZh);
        Assert.Equal("party_leadership", mob.Parent);
        Assert.Equal("From the sample corpus.", mob.Description);
        Assert.Equal(6, mob.Line);
        // Chinese terms first whatever the file order, each with its own line.
        Assert.Equal(
            [new LexiconTerm("组织动员", Language.Chinese, false, 14), new LexiconTerm("organizational mobilization", Language.English, false, 12),
             new LexiconTerm("mobilize", Language.English, true, 13)],
            mob.Terms);
        Assert.Equal([new LexiconTerm("demobilization", Language.English, false, 16)], mob.Exclude);
        Assert.Empty(lexicon.Warnings);
    }

    [Fact]
    public void Label_defaults_to_the_id()
    {
        var concept = Lexicons.Parse("concepts:\n  - id: x\n    terms: { en: [x] }\n").Concepts[0];
        Assert.Equal(("x", "x"), (concept.LabelEn, concept.LabelZh));
    }

    [Fact]
    public void Reports_structural_errors_with_their_lines()
    {
        var errors = Lexicons.Errors("""
            concepts:
              - id: a
                terms: { en: [alpha] }
              - id: a
                terms: { en: [beta] }
              - id: Bad-Id
                terms: { en: [gamma] }
              - id: orphan
                parent: nowhere
                terms: { en: [delta] }
              - id: empty
                terms: { en: [] }
              - id: typo
                term: { en: [epsilon] }
            """);

        Assert.Equal(
        [
            "test.yml:4: duplicate concept id 'a' (first defined on line 2)",
            "test.yml:6: concept id 'Bad-Id' is not snake_case (lowercase ASCII letters and digits joined by single underscores, starting with a letter)",
            "test.yml:8: concept 'orphan' has unknown parent 'nowhere'",
            "test.yml:11: concept 'empty' has no terms and no child concepts, so it could never be counted",
            "test.yml:13: concept 'typo' has no terms and no child concepts, so it could never be counted",
            "test.yml:14: unknown concept key 'term' (expected one of: id, label, parent, description, terms, exclude)",
        ], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Unknown_top_level_key_is_an_error()
    {
        var errors = Lexicons.Errors("concepts:\n  - id: a\n    terms: { en: [x] }\nversion: 2\n");
        Assert.Equal(["test.yml:4: unknown top-level key 'version' (a GovText lexicon has only 'concepts:')"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Reports_a_parent_cycle_once()
    {
        var errors = Lexicons.Errors("""
            concepts:
              - id: a
                parent: c
                terms: { en: [alpha] }
              - id: b
                parent: a
                terms: { en: [beta] }
              - id: c
                parent: b
                terms: { en: [gamma] }
              - id: d
                parent: d
                terms: { en: [delta] }
            """);
        Assert.Equal(["test.yml:2: parent cycle: a → c → b → a", "test.yml:11: parent cycle: d → d"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Reports_bad_terms_with_their_lines()
    {
        var errors = Lexicons.Errors("""
            concepts:
              - id: a
                terms:
                  en:
                    - "*"
                    - mobi*zation
                    - "*governance"
                    - { text: mobiliz*, stem: true }
                    - 协同
                    - ""
                  zh: [协同*, 协同 治理, 治理]
            """);
        Assert.Equal(
        [
            "test.yml:5: term '*' of concept 'a': '*' alone is not a word: put it at the end of a word (mobiliz*)",
            "test.yml:6: term 'mobi*zation' of concept 'a': '*' may only end a word ('mobi*zation'): GovText globs are prefix globs",
            "test.yml:7: term '*governance' of concept 'a': '*' may only end a word ('*governance'): GovText globs are prefix globs",
            "test.yml:8: term 'mobiliz*' of concept 'a': a term cannot be both a glob and stem: true",
            "test.yml:9: term '协同' of concept 'a': an English term contains Han characters: list it under zh",
            "test.yml:10: term '' of concept 'a': the term is empty",
            "test.yml:11: term '协同*' of concept 'a': globs (*) are not supported in Chinese terms: list each word",
            "test.yml:11: term '协同 治理' of concept 'a': a Chinese term must consist of Han characters only (no spaces, punctuation or Latin letters)",
        ], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Yaml_syntax_error_names_its_line()
    {
        var errors = Lexicons.Errors("concepts:\n  - id: a\n    terms: { en: [x]\n  - id: b\n");
        var error = Assert.Single(errors);
        Assert.Equal("test.yml", error.File);
        Assert.NotNull(error.Line);
        Assert.InRange(error.Line!.Value, 3, 4);
        Assert.StartsWith("YAML syntax error: ", error.Message);
    }

    [Fact]
    public void A_term_under_two_concepts_is_a_warning_not_an_error()
    {
        var result = ConceptLexicon.Parse("""
            concepts:
              - id: a
                terms: { en: [meta-governance, x] }
              - id: b
                terms: { en: [Meta governance] }
              - id: c
                terms: { en: [x, x] }
            """, "test.yml", LexiconFormat.GovText);
        Assert.NotNull(result.Lexicon);
        Assert.Empty(result.Errors);
        Assert.Equal(
        [
            "test.yml:5: term 'Meta governance' is listed under both 'a' (line 3) and 'b'; each match counts for both",
            "test.yml:7: term 'x' is listed under both 'a' (line 3) and 'c'; each match counts for both",
            "test.yml:7: term 'x' is listed twice under concept 'c' (also line 7); it is counted once",
        ], result.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Load_throws_a_configuration_exception_with_file_and_line()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = dir.File("bad.yml");
        File.WriteAllText(path, "concepts:\n  - id: a\n    parent: b\n    terms: { en: [x] }\n  - id: c\n    terms: { en: [] }\n");
        var ex = Assert.Throws<ConfigurationException>(() => ConceptLexicon.Load(path));
        Assert.Equal(path, ex.File);
        Assert.Equal(2, ex.Line);
        Assert.Equal($"{path}:2: concept 'a' has unknown parent 'b' (and 1 more; run 'govtext lexicon validate' to list them)", ex.Message);
    }

    [Fact]
    public void The_default_lexicon_is_valid_and_has_the_documented_hierarchy()
    {
        var lexicon = ConceptLexicon.Default;
        Assert.Empty(lexicon.Warnings);
        Assert.Equal(
        [
            "organizational_mobilization", "meta_governance", "collaborative_governance", "multi_actor_co_governance",
            "co_construction_co_governance_sharing", "linkage_governance", "party_building_leadership", "holistic_governance",
            "social_governance", "grassroots_governance", "community_governance", "grid_management", "social_management",
            "digital_governance", "empowerment", "three_governance_integration", "self_governance", "rule_of_law", "rule_of_virtue",
        ], lexicon.Concepts.Select(c => c.Id));
        var parents = lexicon.Concepts.Where(c => c.Parent is not null).Select(c => $"{c.Id}<{c.Parent}");
        Assert.Equal(
        [
            "multi_actor_co_governance<collaborative_governance", "co_construction_co_governance_sharing<social_governance",
            "linkage_governance<collaborative_governance", "community_governance<grassroots_governance",
            "grid_management<grassroots_governance",
        ], parents);
        // Every description says why the concept is where it is: top-level, or under its parent.
        Assert.All(lexicon.Concepts, c => Assert.True(
            c.Parent is null ? c.Description!.Contains("Top-level", StringComparison.Ordinal) : c.Description!.Contains("Under " + c.Parent, StringComparison.Ordinal),
            c.Id));
        Assert.All(lexicon.Concepts, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
    }
}
