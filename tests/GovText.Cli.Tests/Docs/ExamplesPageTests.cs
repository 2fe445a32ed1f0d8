using System.Globalization;
using System.Text.RegularExpressions;
using GovText.Tests;
using static GovText.Cli.Tests.CliRun;

namespace GovText.Cli.Tests.Docs;

/// <summary>
/// The figures docs/examples.md quotes for the work reports (trend table, keyness table, the counts in its prose) are
/// those the documented command gives today: the test runs the command of the page and reads every quoted figure back
/// from the page, so a change in counting that moves a number fails here until the page is updated. Each figure must
/// be found exactly once: rewording the page means updating the pattern, never losing the check.
/// </summary>
public partial class ExamplesPageTests
{
    private static readonly string PagePath = Path.Combine(TestEnvironment.RepoRoot, "docs", "examples.md");

    private sealed record Table(List<string> Header, List<string[]> Rows)
    {
        public IEnumerable<Dictionary<string, string>> Records =>
            Rows.Select(r => Header.Select((h, i) => (h, v: i < r.Length ? r[i] : "")).ToDictionary(x => x.h, x => x.v));
    }

    private static Table Csv(string path)
    {
        using var parser = new CsvHelper.CsvParser(new StreamReader(path), CultureInfo.InvariantCulture);
        parser.Read();
        var header = parser.Record!.ToList();
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add(parser.Record!);
        return new Table(header, rows);
    }

    [SharedCorpusFact]
    public async Task The_work_report_figures_in_examples_md_are_what_the_documented_command_gives()
    {
        var page = File.ReadAllText(PagePath);
        var command = Assert.Single(Regex.Matches(page, @"^govtext compare \.\./shared/corpora/gwr [^\n#]*", RegexOptions.Multiline)).Value.Trim();
        using var outDir = TestEnvironment.CreateTempDir();
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(a => a.StartsWith("../shared/", StringComparison.Ordinal) ? Path.Combine(TestEnvironment.SharedDir!, a["../shared/".Length..]) : a)
            .ToList();
        var outIndex = args.IndexOf("--out");
        Assert.True(outIndex >= 0, "the page's command has no --out");
        args[outIndex + 1] = outDir.Path;
        // Charts do not change a number and take most of the time.
        var (exit, stdout, stderr) = await Run([.. args, "--no-charts"]);
        Assert.True(exit == 0, stderr);

        var byGroup = Csv(outDir.File("concept_by_group.csv")).Records.Where(r => r["language"] == "zh").ToList();
        var keyness = Csv(outDir.File("keyness.csv")).Records.Where(r => r["language"] == "zh").ToDictionary(r => r["concept_id"]);
        var documents = Csv(outDir.File("documents.csv"));
        var yearColumn = documents.Header.IndexOf("year");
        var years = documents.Rows.Select(r => r[yearColumn]).Where(y => y.Length > 0).Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList();
        string Zh(string id) => byGroup.First(r => r["concept_id"] == id)["concept_zh"];
        string IdOf(string zh) => byGroup.First(r => r["concept_zh"] == zh)["concept_id"];
        var failures = new List<string>();
        void Check(string what, string quoted, double actual, bool exact = false)
        {
            if (!Matches(quoted, actual, exact)) failures.Add($"{what}: the page says {quoted}, the code gives {actual.ToString("R", CultureInfo.InvariantCulture)}");
        }
        string Quote(string pattern, int group = 1) =>
            Assert.Single(Regex.Matches(page, pattern)).Groups[group].Value;

        // The trend table: year | 社会管理 count | tokens | per 10k | 社会治理 count | per 10k.
        var trend = TrendRow().Matches(page);
        Assert.True(trend.Count >= 5, "the trend table was not found");
        foreach (Match row in trend)
        {
            var year = row.Groups["year"].Value;
            var management = byGroup.Single(r => r["group"] == year && r["concept_id"] == "social_management");
            var governance = byGroup.Single(r => r["group"] == year && r["concept_id"] == "social_governance");
            Check($"{year} {Zh("social_management")} count", row.Groups["mc"].Value, Number(management["count"]), exact: true);
            Check($"{year} tokens", row.Groups["tokens"].Value, Number(management["tokens"]), exact: true);
            Check($"{year} {Zh("social_management")} per 10k", row.Groups["mr"].Value, Number(management["per_10k"]));
            Check($"{year} {Zh("social_governance")} count", row.Groups["gc"].Value, Number(governance["count"]), exact: true);
            Check($"{year} {Zh("social_governance")} per 10k", row.Groups["gr"].Value, Number(governance["per_10k"]));
        }

        // The keyness table: concept | f_target | f_ref | g2 | chi2 | chi2_yates | log_ratio | p | p_bonferroni.
        var columns = new[] { "f_target", "f_ref", "g2", "chi2", "chi2_yates", "log_ratio", "p", "p_bonferroni" };
        var keynessRows = KeynessRow().Matches(page);
        Assert.True(keynessRows.Count >= 3, "the keyness table was not found");
        foreach (Match row in keynessRows)
        {
            var concept = row.Groups["concept"].Value;
            Assert.True(keyness.ContainsKey(concept), $"the page's keyness row {concept} is not in keyness.csv");
            var cells = row.Groups["cells"].Value.Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(columns.Length, cells.Length);
            for (var i = 0; i < columns.Length; i++)
            {
                var actual = keyness[concept][columns[i]];
                if (cells[i] == "(empty)")
                {
                    if (actual.Length != 0) failures.Add($"{concept} {columns[i]}: the page says (empty), the code gives {actual}");
                }
                else Check($"{concept} {columns[i]}", cells[i], Number(actual), exact: columns[i].StartsWith("f_", StringComparison.Ordinal));
            }
        }

        // The figures in the prose.
        var any = keyness.Values.First();
        var target = years.Count(y => y is >= 2013 and <= 2025);
        Check("target reports", Quote(@"target = (\d+) reports 2013–2025"), target, exact: true);
        Check("n_target", Quote(@"reports 2013–2025 with ([\d,]+) word tokens"), Number(any["n_target"]), exact: true);
        Check("reference reports", Quote(@"reference = the (\d+) earlier\s+reports"), years.Count(y => y < 2013), exact: true);
        Check("n_ref", Quote(@"earlier\s+reports with ([\d,]+)\)"), Number(any["n_ref"]), exact: true);
        Check("Chinese concept rows", Quote(@"multiplies by the (\d+) Chinese concept rows"), keyness.Count, exact: true);
        Check("Bonferroni tests", Quote(@"once corrected for (\d+) tests"), keyness.Count, exact: true);
        var social = keyness["social_governance"];
        Check("2^log_ratio", Quote(@"2\^[\d.]+ ≈ (\d+) times"), Math.Round(Math.Pow(2, Number(social["log_ratio"])) / 10) * 10, exact: true);
        Check("2^log_ratio exponent", Quote(@"2\^([\d.]+) ≈"), Number(social["log_ratio"]));
        Check("child 共建共治共享 in the period", Quote(@"its child 共建共治共享 \((\d+) mentions in the period\)"), Number(keyness[IdOf("共建共治共享")]["f_target"]), exact: true);
        var withChildren = byGroup.Where(r => r["concept_id"] == "social_governance" && int.Parse(r["group"], CultureInfo.InvariantCulture) is >= 2013 and <= 2025)
            .Sum(r => Number(r["count_with_children"]));
        Check("social governance with children in the period", Quote(@"shown by `--rollup`\) is (\d+)"), withChildren, exact: true);
        Check("基层治理 in the period", Quote(@"基层治理 \((\d+)\) is a concept of its own"), Number(keyness[IdOf("基层治理")]["f_target"]), exact: true);
        Check("English tokens of the English report", Quote(@"the one English report has\s+([\d,]+) English tokens"),
            Number(Assert.Single(EnglishTarget().Matches(stderr)).Groups[1].Value), exact: true);
        Check("stray Latin tokens", Quote(@"Chinese reports' (\d+) stray Latin tokens"),
            Number(Assert.Single(SetAside().Matches(stdout)).Groups[1].Value), exact: true);
        var managed = keyness["social_management"];
        Check("social management occurrences", Quote(@"with only (\d+) occurrences in total"), Number(managed["f_target"]) + Number(managed["f_ref"]), exact: true);

        // The reference script's values quoted on the page are computed on the counts of this run.
        foreach (Match call in ReferenceCall().Matches(page))
        {
            var row = keyness.Values.Single(r => r["f_target"] == call.Groups[1].Value && r["f_ref"] == call.Groups[2].Value);
            Check($"g2 call n_target ({row["concept_id"]})", call.Groups[3].Value, Number(row["n_target"]), exact: true);
            Check($"g2 call n_ref ({row["concept_id"]})", call.Groups[4].Value, Number(row["n_ref"]), exact: true);
            var quoted = Number(call.Groups[5].Value);
            if (Math.Abs(quoted - Number(row["g2"])) > 1e-9 * Math.Abs(quoted))
                failures.Add($"g2 of {row["concept_id"]}: the page quotes {call.Groups[5].Value}, the code gives {row["g2"]}");
        }
        Assert.Equal(2, ReferenceCall().Matches(page).Count);

        Assert.True(failures.Count == 0, "docs/examples.md drifted from the code:\n" + string.Join("\n", failures));
    }

    // A figure as the page prints it ("94,864", "+120.28", "−4.82", "5.5 × 10⁻²⁸", "0.028") against the exact value:
    // equal to the page's last digit (exact: the very number).
    internal static bool Matches(string quoted, double actual, bool exact)
    {
        quoted = quoted.Replace('−', '-').Replace(",", "").TrimStart('+');
        if (exact) return double.Parse(quoted, CultureInfo.InvariantCulture) == actual;
        if (Scientific().Match(quoted) is { Success: true } sci)
        {
            var exponent = int.Parse(Superscript(sci.Groups[2].Value), CultureInfo.InvariantCulture);
            var mantissa = sci.Groups[1].Value;
            var decimals = mantissa.Contains('.') ? mantissa.Length - mantissa.IndexOf('.') - 1 : 0;
            return Math.Round(actual / Math.Pow(10, exponent), decimals) == double.Parse(mantissa, CultureInfo.InvariantCulture);
        }
        var places = quoted.Contains('.') ? quoted.Length - quoted.IndexOf('.') - 1 : 0;
        return Math.Round(actual, places, MidpointRounding.AwayFromZero) == double.Parse(quoted, CultureInfo.InvariantCulture);
    }

    private static string Superscript(string text) =>
        string.Concat(text.Select(c => c switch { '⁻' => '-', '⁰' => '0', '¹' => '1', '²' => '2', '³' => '3', _ when c is >= '⁴' and <= '⁹' => (char)('4' + (c - '⁴')), _ => c }));

    private static double Number(string text) => double.Parse(text.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Figures_are_compared_to_the_digits_the_page_prints()
    {
        Assert.True(Matches("94,864", 94864, exact: true));
        Assert.False(Matches("94,864", 94865, exact: true));
        Assert.True(Matches("+120.27", 120.27457585139794, exact: false));
        Assert.False(Matches("+120.28", 120.27457585139794, exact: false));
        Assert.True(Matches("−4.82", -4.820836440657965, exact: false));
        Assert.True(Matches("5.5 × 10⁻²⁸", 5.508357633793971E-28, exact: false));
        Assert.False(Matches("5.5 × 10⁻²⁸", 5.508357633793971E-27, exact: false));
        Assert.True(Matches("1.0 × 10⁻²⁶", 1.0465879504208544E-26, exact: false));
        Assert.True(Matches("0.028", 0.02811769748761635, exact: false));
        Assert.True(Matches("0", 0, exact: false));
    }

    [GeneratedRegex(@"^\| (?<year>\d{4}) \| (?<mc>[\d,]+) \| (?<tokens>[\d,]+) \| (?<mr>[\d.]+) \| (?<gc>[\d,]+) \| (?<gr>[\d.]+) \|$", RegexOptions.Multiline)]
    private static partial Regex TrendRow();

    [GeneratedRegex(@"^\| (?<concept>[a-z_]+) \| (?<cells>\d[^\n]*?) \|$", RegexOptions.Multiline)]
    private static partial Regex KeynessRow();

    [GeneratedRegex(@"^([\d.]+) × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$")]
    private static partial Regex Scientific();

    [GeneratedRegex(@"`g2\((\d+), (\d+), (\d+), (\d+)\)` =\s+([\d.]+)")]
    private static partial Regex ReferenceCall();

    [GeneratedRegex(@"keyness in 'en' not computed: the target has ([\d,]+) and")]
    private static partial Regex EnglishTarget();

    [GeneratedRegex(@"Set aside as 'other': ([\d,]+) en word tokens")]
    private static partial Regex SetAside();
}
