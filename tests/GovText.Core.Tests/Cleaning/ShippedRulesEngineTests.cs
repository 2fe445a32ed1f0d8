using System.Text.RegularExpressions;
using GovText.Core.Cleaning;
using GovText.Core.Tests.Support;

namespace GovText.Core.Tests.Cleaning;

/// <summary>
/// The shipped boilerplate rules run on the backtracking interpreter (cheap to build); a user's rules on the linear-time
/// engine. Both must decide every line alike, or the choice of engine would change what is cleaned away.
/// </summary>
public class ShippedRulesEngineTests
{
    [Fact]
    public void Shipped_rules_decide_every_corpus_line_as_the_linear_time_engine_does()
    {
        var lines = CorpusLines.All().ToList();
        var matched = 0;
        foreach (var rule in BoilerplateRules.Defaults.Rules)
        {
            var shipped = rule.Build(shipped: true);
            var user = rule.Build(shipped: false);
            Assert.Equal(RegexOptions.CultureInvariant, shipped.Options);
            foreach (var line in lines.Concat(Witnesses(rule)))
            {
                var text = rule.Kind == BoilerplateRuleKind.Inline ? line : line.Trim();
                var expected = user.IsMatch(text);
                Assert.True(expected == shipped.IsMatch(text), $"rule {rule.Id} on '{text}'");
                if (expected) matched++;
                if (rule.Kind == BoilerplateRuleKind.Inline) Assert.Equal(user.Replace(text, ""), shipped.Replace(text, ""));
            }
        }
        // The corpora hold real boilerplate, so the comparison covers matching lines, not only misses.
        Assert.True(matched > 50, $"only {matched} matching lines");
    }

    [Fact]
    public void A_users_rules_run_on_the_linear_time_engine() =>
        Assert.True(BoilerplateRules.Parse("line nav regex (Home|About)+", "mine.txt").Rules[0].Build().Options
            .HasFlag(RegexOptions.NonBacktracking));

    private static IEnumerable<string> Witnesses(BoilerplateRule rule)
    {
        // Lines built to match (or nearly match) each rule, since the corpora hold only some of the boilerplate.
        if (!rule.IsRegex) { yield return rule.Pattern; yield return " " + rule.Pattern + " "; yield return rule.Pattern + "x"; }
        foreach (var line in new[]
        {
            "本作品是中华人民共和国的", "本作品来自2003年4月5日（含）之后的中国共产党文件。后文", "這部作品在1950年1月1日以前以匿名或别名發表过",
            "Font Size: a A A", "Abstract/Summary: PDF Full Text Request", "Related Items", "Posted on: 2023-01-02 Degree: PhD",
            "Country: China Candidate: X", "GTID: 123 Subject: Y", "Editor in charge: Li", "QR code to share", "Share", "print",
            "Friendship links: a", "Website filing number: 1", "All rights reserved.", "E-mail: a@b contact us", "bet365 best app online",
            "Text bet365 casino games here", "您当前的位置：首页", "请选择邀稿期刊：", "[V1] 2024-01-02 下载全文", "点击下载全文",
            "metrics 指标", "• 点击量 12", "分享", "Abstract: Abstract: text", "摘要：摘要：正文", "keywords : keywords: a",
        })
            yield return line;
    }
}
