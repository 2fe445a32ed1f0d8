using GovText.Core.Cleaning;
using GovText.Core.Errors;
using GovText.Core.Tests.Ingestion;

namespace GovText.Core.Tests.Cleaning;

public class BoilerplateRulesTests
{
    [Fact]
    public void Defaults_parse_and_have_unique_ids()
    {
        var rules = BoilerplateRules.Defaults.Rules;
        Assert.True(rules.Count > 20);
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Line_inline_and_tail_rules_apply_as_documented()
    {
        var rules = BoilerplateRules.Parse(
            "# comment\n\nline nav literal Home | About\ninline ad regex \\s*\\[ad\\]\ntail footer regex Licence:.*\n", "my-rules.txt");
        var options = CleaningOptions.Default with { Rules = rules, Explain = true };
        var cleaned = TestCorpus.Clean(options, "Home | About", "Real text [ad] continues.", "[ad]", "Licence: CC0", "more footer");
        Assert.Equal(["Real text continues."], cleaned.Paragraphs.Select(p => p.Text));
        Assert.Equal(1, cleaned.Report.RemovedLinesByRule["nav"]);
        Assert.Equal(1, cleaned.Report.RemovedLinesByRule["ad"]);
        Assert.Equal(2, cleaned.Report.RemovedLinesByRule["footer"]);
        Assert.Equal(4, cleaned.Report.RemovedLines);
    }

    [Fact]
    public void A_line_rule_matches_whole_lines_only() =>
        Assert.Equal("Video recordings of the sessions were analysed.", TestCorpus.CleanText("Video recordings of the sessions were analysed."));

    [Theory]
    [InlineData("line only-two", 1, "expected 'KIND ID MODE PATTERN'")]
    [InlineData("block x literal y", 1, "unknown rule kind 'block'")]
    [InlineData("line x glob y", 1, "unknown pattern mode 'glob'")]
    [InlineData("line x regex ok\nline x regex again", 2, "duplicate rule id 'x'")]
    [InlineData("# c\nline x regex (unclosed", 2, "invalid regular expression")]
    public void Bad_rules_files_name_file_and_line(string text, int line, string message)
    {
        var ex = Assert.Throws<ConfigurationException>(() => BoilerplateRules.Parse(text, "rules.txt"));
        Assert.Equal("rules.txt", ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Contains(message, ex.Message);
        Assert.StartsWith($"rules.txt:{line}: ", ex.Message);
    }

    [Fact]
    public void User_rules_may_not_reuse_a_default_id()
    {
        var user = BoilerplateRules.Parse("line font-size literal x", "user.txt");
        var ex = Assert.Throws<ConfigurationException>(() => BoilerplateRules.Defaults.With(user));
        Assert.Contains("user.txt:1", ex.Message);
    }

    [Fact]
    public void Duplicated_labels_lose_the_first_copy() =>
        Assert.Equal("Abstract: The key to promoting", TestCorpus.CleanText("Abstract: Abstract: The key to promoting"));
}
