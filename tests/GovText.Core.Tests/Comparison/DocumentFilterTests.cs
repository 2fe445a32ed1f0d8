using GovText.Core.Comparison;
using GovText.Core.Errors;
using GovText.Core.Results;

namespace GovText.Core.Tests.Comparison;

public sealed class DocumentFilterTests
{
    private static DocumentRow Doc(string year, string source = "A") => new()
    {
        DocId = "d",
        Year = year.Length == 0 ? null : int.Parse(year, System.Globalization.CultureInfo.InvariantCulture),
        Metadata = [new("source", source), new("edition", year)],
    };

    [Fact]
    public void Range_is_inclusive_and_may_be_open()
    {
        var f = DocumentFilter.Parse("year=2013..2025", "target");
        Assert.True(f.IsRange);
        Assert.Equal([false, true, true, true, false],
            new[] { "2012", "2013", "2020", "2025", "2026" }.Select(y => f.Evaluate(Doc(y)) == true));
        Assert.True(DocumentFilter.Parse("year=2013..", "target").Evaluate(Doc("3000")));
        Assert.False(DocumentFilter.Parse("year=..2012", "target").Evaluate(Doc("2013")));
    }

    [Fact]
    public void Values_are_exact_and_trimmed()
    {
        var f = DocumentFilter.Parse("source= A , C", "target");
        Assert.True(f.Evaluate(Doc("2000", "A")));
        Assert.True(f.Evaluate(Doc("2000", "C")));
        Assert.False(f.Evaluate(Doc("2000", "a")));
    }

    [Fact]
    public void Empty_or_non_numeric_values_are_undecided()
    {
        var f = DocumentFilter.Parse("year=2013..2025", "target");
        Assert.Null(f.Evaluate(Doc("")));
        Assert.Null(DocumentFilter.Parse("edition=1..3", "target").Evaluate(Doc("") with { Metadata = [new("edition", "n.d.")] }));
        Assert.Null(DocumentFilter.Parse("source=A", "target").Evaluate(Doc("2000", "")));
    }

    [Theory]
    [InlineData("year")]
    [InlineData("=2013")]
    [InlineData("year=")]
    [InlineData("year=..")]
    [InlineData("year=abc..2020")]
    [InlineData("year=2020..2010")]
    [InlineData("source=A,,B")]
    public void Malformed_filters_are_configuration_errors(string text)
    {
        var ex = Assert.Throws<ConfigurationException>(() => DocumentFilter.Parse(text, "target"));
        Assert.StartsWith("document filter '" + text + "'", ex.Message);
        Assert.Equal("target", ex.Setting);
    }

    [Fact]
    public void Unknown_column_names_the_known_ones()
    {
        var ex = Assert.Throws<ConfigurationException>(() =>
            DocumentFilter.Parse("region=north", "reference").Validate(ComparisonFixture.Columns, "reference"));
        Assert.Contains("no column 'region'", ex.Message);
        Assert.Equal("reference", ex.Setting);
        Assert.Contains("year", ex.Message);
    }
}
