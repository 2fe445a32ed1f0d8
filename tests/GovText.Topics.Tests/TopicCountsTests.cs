using GovText.Core.Errors;

namespace GovText.Topics.Tests;

/// <summary>The K values of topics and clusters: a number, a range with a step, or a list; bad ones name their setting.</summary>
public class TopicCountsTests
{
    [Theory]
    [InlineData("12", 1, new[] { 12 })]
    [InlineData("5..9", 2, new[] { 5, 7, 9 })]
    [InlineData("10,5,10", 1, new[] { 5, 10 })]
    public void Parses_a_number_a_range_and_a_list(string text, int step, int[] expected) =>
        Assert.Equal(expected, TopicCounts.Parse(text, step, "topics"));

    [Theory]
    [InlineData("30..5", 1, "topics", "range 30..5 ends before it starts")]
    [InlineData("x", 1, "clusters", "'x': give a number, a range such as 5..30, or a list such as 5,10,20")]
    [InlineData("1,4", 1, "clusters", "1,4: every value must be at least 2")]
    [InlineData("5..9", 0, "step", "the step of a range of K must be at least 1 (got 0)")]
    public void A_bad_value_names_its_setting_and_speaks_of_the_operation(string text, int step, string setting, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => TopicCounts.Parse(text, step, setting == "step" ? "topics" : setting));
        Assert.Equal(setting, error.Setting);
        Assert.Equal(message, error.Message);
        Assert.DoesNotContain("--", error.Message);
    }
}
