using System.Text;
using GovText.Core.Lexicon;
using GovText.Core.Tests.Support;

namespace GovText.Core.Tests.Lexicon;

/// <summary>Lexicon files that used to overflow the stack, exhaust memory or point at the wrong line.</summary>
public class LexiconLimitsTests
{
    [Fact]
    public void Deep_nesting_in_flow_or_block_style_is_an_error_not_a_stack_overflow()
    {
        var flow = Lexicons.Errors("concepts:\n  - id: a\n    terms: " + new string('[', 50_000) + "\n");
        Assert.Contains("nested more than 64 levels", Assert.Single(flow).Message);
        Assert.Equal(3, flow[0].Line);

        var block = new StringBuilder("a:\n");
        for (var i = 1; i <= 70; i++) block.Append(new string(' ', i)).Append("k").Append(i).Append(":\n");
        var errors = Lexicons.Errors(block.ToString(), LexiconFormat.Quanteda);
        Assert.Contains("nested more than 64 levels", Assert.Single(errors).Message);

        // Brackets inside quotes and comments do not count.
        Lexicons.Parse("concepts:\n  - id: a  # [[[[[[[[\n    terms:\n      en: [\"" + new string('[', 100) + "x\"]\n");
    }

    [Fact]
    public void Alias_bombs_are_refused_before_they_expand()
    {
        var yaml = new StringBuilder("a: &a {x: [t, t, t, t, t, t, t, t, t, t]}\n");
        var names = "abcdefghij";
        for (var i = 1; i < names.Length; i++)
            yaml.Append(names[i]).Append(": &").Append(names[i]).Append(" {")
                .Append(string.Join(", ", Enumerable.Range(0, 10).Select(n => $"k{n}: *{names[i - 1]}"))).Append("}\n");
        Assert.True(yaml.Length < 1000);
        var errors = Lexicons.Errors(yaml.ToString(), LexiconFormat.Quanteda);
        Assert.Contains("more than a million values", Assert.Single(errors).Message);

        // A few aliases are fine.
        var lexicon = Lexicons.Parse("base: &b [governance]\nfirst: *b\nsecond: *b\n", LexiconFormat.Quanteda);
        Assert.Equal(3, lexicon.Concepts.Count);
    }

    [Fact]
    public void Over_long_terms_are_refused_by_name()
    {
        var errors = Lexicons.Errors($"concepts:\n  - id: a\n    terms:\n      zh: [{new string('治', 300_000)}]\n");
        Assert.Contains("300000 characters long", Assert.Single(errors).Message);
        Lexicons.Parse($"concepts:\n  - id: a\n    terms:\n      zh: [{new string('治', 200)}]\n");
    }

    [Fact]
    public void Yaml_syntax_errors_name_the_line_where_the_problem_is()
    {
        var tab = Lexicons.Errors("concepts:\n  - id: a\n    terms:\n\t- x\n");
        Assert.Equal(4, Assert.Single(tab).Line);
        var brace = Lexicons.Errors("concepts:\n  - id: a\n    terms: {zh: [治理]\n  - id: b\n");
        Assert.Equal(4, Assert.Single(brace).Line);
        // A tab inside an unclosed '{': YamlDotNet's scanner throws InvalidOperationException, not a YamlException.
        var both = Assert.Single(Lexicons.Errors("concepts:\n  a:\n    label: {en: \"x\"\n\tterms: [b]\n"));
        Assert.Equal(4, both.Line);
        Assert.Contains("YAML syntax error", both.ToString());
    }
}
