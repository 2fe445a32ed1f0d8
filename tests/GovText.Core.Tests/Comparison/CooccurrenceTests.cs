using GovText.Core.Comparison;
using GovText.Core.Results;

using GovText.Tests;

namespace GovText.Core.Tests.Comparison;

/// <summary>
/// Mentions in the fixture (concepts: cg = collaborative_governance, sg = social_governance, sm = social_management):
/// sentences d1s0{sm,cg} d1s4{sm} d2s1{sm} d2s6{sg} d3s2{sg,cg} d3s5{sg} d3s9{cg} d4s0{sg} d4s3{cg}, N = 10+8+12+6+5 = 41;
/// paragraphs d1p0{sm,cg} d1p1{sm} d2p0{sm} d2p1{sg} d3p1{sg,cg} d3p3{cg} d4p0{sg} d4p1{cg}, N = 3+2+4+2+1 = 12;
/// documents d1{sm,cg} d2{sm,sg} d3{sg,cg} d4{sg,cg}, N = 5 (d5 has no match but counts).
/// </summary>
public sealed class CooccurrenceTests
{
    [Fact]
    public void Counts_units_by_hand()
    {
        var rows = ComparisonFixture.Accumulate(new ComparisonOptions()).CoMentions.Rows();
        Assert.Equal(9, rows.Count); // 3 pairs × 3 units, including the pair never mentioned together

        Check(rows, "collaborative_governance", "social_governance", "sentence", 1, 4, 4, 41, 1.0 / 7, Math.Log2(41.0 / 16));
        Check(rows, "collaborative_governance", "social_management", "sentence", 1, 4, 3, 41, 1.0 / 6, Math.Log2(41.0 / 12));
        Check(rows, "social_governance", "social_management", "sentence", 0, 4, 3, 41, 0, double.NaN);

        Check(rows, "collaborative_governance", "social_governance", "paragraph", 1, 4, 3, 12, 1.0 / 6, 0);
        Check(rows, "collaborative_governance", "social_management", "paragraph", 1, 4, 3, 12, 1.0 / 6, 0);
        Check(rows, "social_governance", "social_management", "paragraph", 0, 3, 3, 12, 0, double.NaN);

        Check(rows, "collaborative_governance", "social_governance", "document", 2, 3, 3, 5, 0.5, Math.Log2(10.0 / 9));
        Check(rows, "collaborative_governance", "social_management", "document", 1, 3, 2, 5, 0.25, Math.Log2(5.0 / 6));
        Check(rows, "social_governance", "social_management", "document", 1, 3, 2, 5, 0.25, Math.Log2(5.0 / 6));
    }

    [Fact]
    public void Csv_leaves_pmi_empty_when_never_together()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = dir.File("cooccurrence.csv");
        ResultTables.Cooccurrence.Write(path, ComparisonFixture.Accumulate(new ComparisonOptions()).CoMentions.Rows());
        var lines = File.ReadAllLines(path);
        Assert.Equal("concept_a,concept_b,unit,both,a,b,jaccard,pmi", lines[0]);
        Assert.Contains("social_governance,social_management,sentence,0,4,3,0,", lines);
        Assert.Contains("collaborative_governance,social_governance,document,2,3,3,0.5,0.152003093445", lines);
    }

    private static void Check(IReadOnlyList<CooccurrenceRow> rows, string a, string b, string unit,
        int both, int aUnits, int bUnits, long n, double jaccard, double pmi)
    {
        var row = Assert.Single(rows, r => r.ConceptA == a && r.ConceptB == b && r.Unit == unit);
        Assert.Equal((both, aUnits, bUnits, n), (row.Both, row.A, row.B, row.Units));
        Assert.Equal(jaccard, row.Jaccard, 12);
        if (double.IsNaN(pmi)) Assert.True(double.IsNaN(row.Pmi));
        else Assert.Equal(pmi, row.Pmi, 12);
    }
}
