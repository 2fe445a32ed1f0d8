using GovText.Core.Comparison;
using GovText.Core.Errors;
using GovText.Core.Results;

using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Core.Tests.Comparison;

public sealed class ConceptByGroupTests
{
    [Fact]
    public void By_year_sums_per_group_and_language_and_leaves_missing_years_out()
    {
        var rows = Rows("year", out var excluded);

        Assert.Equal(["d5"], excluded.First);
        // 2012 has no document: no row at all (a gap, not a zero). Groups numeric order; en before zh (ordinal).
        Assert.Equal(["2010", "2011", "2013", "2014"], rows.Select(r => r.Group).Distinct());
        Assert.Equal(15, rows.Count); // 2010 zh, 2011 zh, 2013 en + zh, 2014 en: 5 × 3 concepts

        var sg2013zh = Single(rows, "2013", "social_governance", Language.Chinese);
        Assert.Equal((5, 1200, 1, 1, 1.0), (sg2013zh.Count, sg2013zh.Tokens, sg2013zh.Docs, sg2013zh.DocsWithConcept, sg2013zh.DocShare));
        Assert.Equal(5 * 10_000.0 / 1200, sg2013zh.Per10k, 12);
        Assert.Equal("社会治理", sg2013zh.ConceptZh);

        var sm2011 = Single(rows, "2011", "social_management", Language.Chinese);
        Assert.Equal(37.5, sm2011.Per10k, 12);
        var cg2011 = Single(rows, "2011", "collaborative_governance", Language.Chinese);
        Assert.Equal((0, 0, 0.0), (cg2011.Count, cg2011.DocsWithConcept, cg2011.Per10k));
        Assert.DoesNotContain(rows, r => r.Group == "2014" && r.Language == Language.Chinese);
    }

    [Fact]
    public void By_source_counts_documents_with_text_in_each_language()
    {
        var rows = Rows("source", out var excluded);
        Assert.Equal(0, excluded.Count);
        Assert.Equal(["A", "B"], rows.Select(r => r.Group).Distinct());

        // B zh = d3 (1200 tokens) + d5 (400): social_management 0 + 1 → 1 in 1600, 1 of 2 documents.
        var smBzh = Single(rows, "B", "social_management", Language.Chinese);
        Assert.Equal((1, 1600, 2, 1, 0.5), (smBzh.Count, smBzh.Tokens, smBzh.Docs, smBzh.DocsWithConcept, smBzh.DocShare));
        Assert.Equal(6.25, smBzh.Per10k, 12);
        // B en = d3 (500) + d4 (600): social_governance 2 + 3 = 5 in 1100.
        var sgBen = Single(rows, "B", "social_governance", Language.English);
        Assert.Equal((5, 1100, 2, 2), (sgBen.Count, sgBen.Tokens, sgBen.Docs, sgBen.DocsWithConcept));
        // A is Chinese only.
        Assert.DoesNotContain(rows, r => r.Group == "A" && r.Language == Language.English);
        var sgAzh = Single(rows, "A", "social_governance", Language.Chinese);
        Assert.Equal((1, 1800, 2, 1, 0.5), (sgAzh.Count, sgAzh.Tokens, sgAzh.Docs, sgAzh.DocsWithConcept, sgAzh.DocShare));
    }

    [Fact]
    public void Group_order_is_numeric_only_when_every_value_is_a_number()
    {
        Assert.Equal(["9", "10", "100"], GroupOrder.Sort(["100", "9", "10"]));
        Assert.Equal(["10", "9", "x"], GroupOrder.Sort(["x", "9", "10"]));
        Assert.Equal(["B", "a", "b"], GroupOrder.Sort(["b", "a", "B"]));
    }

    [Fact]
    public void Csv_round_trips_and_has_the_documented_header()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var rows = Rows("year", out _);
        var path = dir.File("concept_by_group.csv");
        ResultTables.ConceptByGroup.Write(path, rows);
        var lines = File.ReadAllLines(path);
        Assert.Equal("group,concept_id,concept_en,concept_zh,language,count,count_with_children,tokens,per_10k,per_10k_with_children,docs,docs_with_concept,doc_share", lines[0]);
        Assert.Contains("2011,social_management,Social management,社会管理,zh,3,3,800,37.5,37.5,1,1,1", lines);
        // Rates are written to 12 decimals (CsvOutput.Number), so they round-trip to within 1e-12.
        var back = ResultTables.ConceptByGroup.Read(path).ToList();
        Assert.Equal(rows.Select(r => r with { Per10k = 0, DocShare = 0, Per10kWithChildren = 0 }),
            back.Select(r => r with { Per10k = 0, DocShare = 0, Per10kWithChildren = 0 }));
        Assert.All(rows.Zip(back), p => Assert.Equal(p.First.Per10k, p.Second.Per10k, 11));
        Assert.All(rows.Zip(back), p => Assert.Equal(p.First.Per10kWithChildren, p.Second.Per10kWithChildren, 11));
    }

    [Fact]
    public void Unknown_by_column_is_a_configuration_error()
    {
        var ex = Assert.Throws<ConfigurationException>(() => ComparisonFixture.Accumulate(new ComparisonOptions { By = "region" }));
        Assert.Contains("group by 'region'", ex.Message);
        Assert.Contains("source", ex.Message);
    }

    private static IReadOnlyList<ConceptGroupRow> Rows(string by, out IdSample excluded)
    {
        var counts = ComparisonFixture.Accumulate(new ComparisonOptions { By = by });
        excluded = counts.Groups.Excluded;
        return counts.Groups.Rows(counts.Concepts, counts.Languages);
    }

    private static ConceptGroupRow Single(IReadOnlyList<ConceptGroupRow> rows, string group, string concept, Language language) =>
        Assert.Single(rows, r => r.Group == group && r.ConceptId == concept && r.Language == language);
}
