using GovText.Core.Cleaning;
using GovText.Core.Tests.Support;

namespace GovText.Core.Tests.Cleaning;

/// <summary>
/// A rule's required literal lets a line skip the regular expression; it must never skip a line the rule matches,
/// and it must be derived only where it is certain.
/// </summary>
public class RequiredLiteralTests
{
    [Theory]
    [InlineData(@"(?i)\s*\bbet365(\s+(app|best|casino))*\b", "bet365", true)]
    [InlineData("(?i)related (items|articles)", "related", true)]
    [InlineData(@"Font Size:\s*a\s*A\s*A", "Font", false)]
    [InlineData(@"[•·]?\s*(点击量|下载量|评论量)\s*\d+", null, false)]
    [InlineData(@"您当前的位置[:：].*", "您当前的位置", false)]
    [InlineData("ab+c", "a", false)]
    [InlineData("abc{2}de", "ab", false)]
    [InlineData(@"[a-z]+xyz", "xyz", false)]
    [InlineData(@"[]a]xyz", "xyz", false)]
    [InlineData("(?i)desk", "de", true)]
    [InlineData("(?i)this", "th", true)]
    [InlineData("评论|分享|收藏", null, false)]
    [InlineData(@"\x41bcdef", null, false)]
    [InlineData(@"(a)\1bcd", null, false)]
    [InlineData("(?x)abc", null, false)]
    [InlineData("ab(?-i)cde", null, false)]
    [InlineData("(?(a)b|c)", null, false)]
    [InlineData("abc)", null, false)]
    public void Derives_only_certain_literals(string pattern, string? text, bool ignoreCase)
    {
        var literal = RequiredLiteral.Of(isRegex: true, pattern);
        Assert.Equal(text, literal?.Text);
        if (literal is not null)
            Assert.Equal(ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal, literal.Comparison);
    }

    [Fact]
    public void A_literal_rule_requires_its_text_as_written() =>
        Assert.Equal(new RequiredLiteral("a.b (c)", StringComparison.Ordinal), RequiredLiteral.Of(isRegex: false, "a.b (c)"));

    [Fact]
    public void Every_line_a_shipped_rule_matches_contains_its_literal()
    {
        var lines = new List<string>
        {
            "BET365 Casino", "Bet365 online", "x bet365", "RELATED ITEMS", "Related Articles", "Font Size: a A A", "版本历史",
            "在线阅读", "许可声明", "Abstract: Abstract: text", "GTID: 123 Subject: Y",
        };
        lines.AddRange(CorpusLines.All());
        var withLiteral = 0;
        var matched = 0;
        foreach (var rule in BoilerplateRules.Defaults.Rules)
        {
            if (rule.Literal is not { } literal) continue;
            withLiteral++;
            foreach (var line in lines)
            {
                var text = rule.Kind == BoilerplateRuleKind.Inline ? line : line.Trim();
                if (!rule.Regex.IsMatch(text)) continue;
                matched++;
                Assert.True(literal.MayMatch(text), $"rule {rule.Id} matches '{text}' without '{literal.Text}'");
            }
        }
        Assert.True(withLiteral >= 10, $"only {withLiteral} shipped rules have a literal");
        Assert.True(matched > 10, $"only {matched} matching lines");
    }
}
