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
    [InlineData(@"[•·]?\s*(点击量|下载量|评论量)\s*\d+", "点击量|下载量|评论量", false)]
    [InlineData(@"您当前的位置[:：].*", "您当前的位置", false)]
    [InlineData("ab+c", "a", false)]
    [InlineData("abc{2}de", "ab", false)]
    [InlineData(@"[a-z]+xyz", "xyz", false)]
    [InlineData(@"[]a]xyz", "xyz", false)]
    [InlineData("(?i)desk", "de", true)]
    [InlineData("(?i)this", "th", true)]
    [InlineData("评论|分享|收藏", "评论|分享|收藏", false)]
    [InlineData(@"(?i)\b(abstract|keywords|summary)\s*:\s*(?=\1\s*:)", "tract|eyword|ummary", true)]
    [InlineData("(?i)(key recommendation|the latest article|video)", "recommendat|late|deo", true)]
    [InlineData("(?:ab|cd)x+", "ab|cd", false)]
    [InlineData("(ab|cd)?x+", null, false)]
    [InlineData("(ab|cd)*", null, false)]
    [InlineData("(ab|cd){2}", null, false)]
    [InlineData("a{12}b", "b", false)]
    [InlineData("ab{1,20}", "a", false)]
    [InlineData("(ab|)x+", null, false)]
    [InlineData("(a.b|cd)x+", null, false)]
    [InlineData("(a(b)|cd)x+", null, false)]
    [InlineData("(?=ab|cd)x+", null, false)]
    [InlineData("(?!ab|cd)x+", null, false)]
    [InlineData("(?<n>ab|cd)x+", null, false)]
    [InlineData("(ab|cd)x|y", null, false)]
    [InlineData("(?i)(ks|si)", null, true)]
    [InlineData(@"ab\12cd", "ab", false)]
    [InlineData(@"\x41bcdef", null, false)]
    [InlineData(@"(a)\1bcd", "bcd", false)]
    [InlineData("(?x)abc", null, false)]
    [InlineData("ab(?-i)cde", null, false)]
    [InlineData("(?(a)b|c)", null, false)]
    [InlineData("abc)", null, false)]
    public void Derives_only_certain_literals(string pattern, string? text, bool ignoreCase)
    {
        var literal = RequiredLiteral.Of(isRegex: true, pattern);
        Assert.Equal(text, literal is null ? null : string.Join("|", literal.Texts));
        if (literal is not null)
            Assert.Equal(ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal, literal.Comparison);
    }

    [Fact]
    public void A_literal_rule_requires_its_text_as_written()
    {
        var literal = RequiredLiteral.Of(isRegex: false, "a.b (c)");
        Assert.Equal(["a.b (c)"], literal!.Texts);
        Assert.Equal(StringComparison.Ordinal, literal.Comparison);
    }

    [Fact]
    public void Every_line_a_shipped_rule_matches_contains_its_literal()
    {
        var lines = new List<string>
        {
            "BET365 Casino", "Bet365 online", "x bet365", "RELATED ITEMS", "Related Articles", "Font Size: a A A", "版本历史",
            "在线阅读", "许可声明", "Abstract: Abstract: text", "GTID: 123 Subject: Y", "KEYWORDS : keywords: a", "x summary: Summary:",
            "Share", "PRINT", "The latest article", "Key Recommendation", "评论", "收藏", "• 点击量 12", "下载量3", "摘要：摘要：正文",
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
                Assert.True(literal.MayMatch(text), $"rule {rule.Id} matches '{text}' without '{string.Join("|", literal.Texts)}'");
                if (literal.IsAscii) Assert.True(BoilerplateRules.Defaults.MayHoldLiteral(text), $"rule {rule.Id} matches '{text}', which holds no rule's ASCII literal");
            }
        }
        Assert.True(withLiteral >= 10, $"only {withLiteral} shipped rules have a literal");
        Assert.True(matched > 10, $"only {matched} matching lines");
    }

    [Fact]
    public void A_line_the_one_search_finds_no_ASCII_literal_in_holds_no_rules_ASCII_literal()
    {
        // The rule set's search over all ASCII literals stands in for each such rule's own: it may only say "maybe" more often.
        var rules = BoilerplateRules.Defaults.With(BoilerplateRules.Parse("line mine literal Home | About\ninline glued regex (?i)(click|here)\nline mixed regex (Foo|Bar)\\d", "mine.txt"));
        var skipped = 0;
        foreach (var line in CorpusLines.All().Append("Home | About").Append("CLICK me").Append("关键词：关键词：a").Append("Bar1").Append("bar1"))
        {
            if (rules.MayHoldLiteral(line)) continue;
            skipped++;
            foreach (var rule in rules.Rules)
            {
                if (rule.Literal is { IsAscii: true } literal) Assert.False(literal.MayMatch(line), $"rule {rule.Id} may match '{line}'");
            }
        }
        Assert.True(skipped > CorpusLines.AtLeast(1000, 40), $"only {skipped} lines skipped");
        Assert.True(rules.MayHoldLiteral("Home | About") && rules.MayHoldLiteral("CLICK me") && rules.MayHoldLiteral("Bar1"));
    }
}
