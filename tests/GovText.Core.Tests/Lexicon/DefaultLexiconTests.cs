using GovText.Core.Lexicon;
using GovText.Core.Matching;
using GovText.Core.Tests.Support;

namespace GovText.Core.Tests.Lexicon;

/// <summary>The pitfalls the default lexicon handles on purpose (docs/lexicon.md, "Decisions worth knowing").</summary>
public class DefaultLexiconTests
{
    private static readonly CompiledLexicon Default = ConceptLexicon.Default.Compile();

    private static List<string> Hits(string text) => Lexicons.Hits(Default, text, [.. Default.ChineseWords]);

    [Fact]
    public void Administrative_autonomy_is_not_self_governance()
    {
        Assert.Equal(
            ["self_governance:村民自治", "self_governance:自治"],
            Hits("西藏自治区和民族区域自治制度。完善村民自治。自治地方的自治权利。香港特别行政区自治范围。健全自治、法治、德治相结合。")
                .Where(h => h.StartsWith("self_governance", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rule_of_law_includes_its_compounds()
    {
        Assert.Equal(
            ["rule_of_law:法治", "rule_of_law:法治国家", "rule_of_law:法治政府", "rule_of_law:依法治国", "rule_of_virtue:以德治国"],
            Hits("法治。建设法治国家。法治政府。依法治国和以德治国。"));
    }

    [Fact]
    public void Governance_is_never_government_and_mobilization_alone_is_not_a_term()
    {
        Assert.Equal([], Hits("The government mobilized a mobilization network; digital government and Party leadership."));
        Assert.Equal(["self_governance:self-government"], Hits("They carry out self-government."));
        Assert.Equal([], Hits("Strict Party self-governance."));
    }

    [Fact]
    public void Pollutant_co_control_is_not_collaborative_governance()
    {
        Assert.Equal(["collaborative_governance:协同治理"], Hits("加强新污染物协同治理。推进区域协同治理。"));
    }

    [Fact]
    public void Translated_variants_of_the_sample_corpus_match()
    {
        Assert.Equal(
        [
            "meta_governance:meta governance", "collaborative_governance:overall collaboration governance",
            "holistic_governance:Overall governance", "grassroots_governance:grass -roots governance",
            "party_building_leadership:Party building-guided", "multi_actor_co_governance:co -governance",
            "organizational_mobilization:Organizational mobilizations",
        ],
        Hits("The meta governance role. The overall collaboration governance of grassroots. Overall governance. " +
             "The grass -roots governance. Party building-guided reform. The co -governance of officials. Organizational mobilizations."));
    }
}
