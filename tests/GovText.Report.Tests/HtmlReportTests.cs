using System.Globalization;
using System.Text.RegularExpressions;
using GovText.Core.Errors;

namespace GovText.Report.Tests;

public sealed partial class HtmlReportTests
{
    [Fact]
    public void Corpus_text_is_escaped_and_nothing_active_survives()
    {
        using var dir = ResultsFixture.Create();
        var html = HtmlReport.Render(dir.Path);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; 治理报告", html);
        // The KWIC context holds "<b>" from the text: shown as text, not markup.
        Assert.Contains("创新，&lt;b&gt;加强&lt;/b&gt;基层治理。", html);
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("example.org", html);
    }

    [Fact]
    public void Kwic_lines_show_the_hit_in_its_sentence()
    {
        using var dir = ResultsFixture.Create();
        var html = HtmlReport.Render(dir.Path);

        Assert.Contains("<span class=\"ctx\">我们推进<mark title=\"term: 社会治理\">社会治理</mark>创新，&lt;b&gt;加强&lt;/b&gt;基层治理。</span> <span class=\"where\">a · sentence 2, characters 9–13</span>", html);
        Assert.Contains("<span class=\"ctx\">Second paragraph about <mark title=\"term: social governance\">social governance</mark>.</span>", html);
        Assert.Contains("<span class=\"ctx\"><mark title=\"term: social governance\">Social governance</mark> too.</span> <span class=\"where\">b · sentence 2, characters 30–47</span>", html);
    }

    [Fact]
    public void Concept_table_separates_own_hits_from_totals()
    {
        using var dir = ResultsFixture.Create();
        var html = HtmlReport.Render(dir.Path);

        // governance: own 0 + 1 + 1 = 2, with its child 1 + 2 + 2 = 5, own hits in 2 documents;
        // en rate = (0 + 1) / (5 + 6) × 10,000 = 909.09; zh = 1 / 10 × 10,000 = 1,000.00.
        Assert.Matches(RowPattern("Governance 治理", "2", "5", "2", "909.09", "1,000.00"), html);
        // social_governance: own 3, total 3; en = 2 / 11 × 10,000 = 1,818.18; zh = 1 / 10 × 10,000.
        Assert.Matches(RowPattern("Social governance 社会治理", "3", "3", "2", "1,818.18", "1,000.00"), html);
        Assert.Matches(RowPattern("Never found 从未", "0", "0", "0", "0.00", "0.00"), html);
    }

    [Fact]
    public void Warnings_name_what_a_reader_must_know()
    {
        using var dir = ResultsFixture.Create();
        var html = HtmlReport.Render(dir.Path);

        Assert.Contains("1 file could not be read", html);
        Assert.Contains("1 document has its year inferred from dates in the text", html);
        Assert.Contains("Only 1 document has zh text", html);
        Assert.Contains("1 concept is never found: Never found 从未.", html);
        Assert.Contains("no text layer: scanned image? run OCR first", html);
    }

    [Fact]
    public void Sections_come_in_the_order_a_reader_needs()
    {
        using var dir = ResultsFixture.Create();
        var html = HtmlReport.Render(dir.Path);
        string[] order = ["id=\"run\"", "id=\"corpus\"", "id=\"concepts\"", "id=\"trends\"", "id=\"cooccurrence\"", "id=\"kwic\"", "id=\"warnings\"", "id=\"methods\"", "id=\"reproduce\""];
        var positions = order.Select(s => html.IndexOf("<section " + s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("id=\"topics\"", html); // no topic tables in this run
    }

    [Fact]
    public void Same_folder_gives_the_same_bytes_in_any_culture()
    {
        using var dir = ResultsFixture.Create();
        using var outDir = GovText.Tests.TestEnvironment.CreateTempDir();
        var first = outDir.File("one.html");
        var second = outDir.File("two.html");
        HtmlReport.Write(dir.Path, first);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            HtmlReport.Write(dir.Path, second);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Contains("1,818.18", File.ReadAllText(second)); // not 1.818,18
    }

    [Fact]
    public void An_earlier_report_in_the_folder_does_not_change_the_next()
    {
        using var dir = ResultsFixture.Create();
        var before = HtmlReport.Render(dir.Path);
        File.WriteAllText(dir.File(HtmlReport.FileName), before);
        Assert.Equal(before, HtmlReport.Render(dir.Path));
    }

    [Fact]
    public void Without_the_count_tables_the_error_names_the_missing_file()
    {
        using var dir = ResultsFixture.Create();
        File.Delete(dir.File("concept_counts.csv"));
        var ex = Assert.Throws<ConfigurationException>(() => HtmlReport.Render(dir.Path));
        Assert.Contains("concept_counts.csv", ex.Message);
    }

    [Fact]
    public void Cleaning_log_is_counted_per_step_and_rule_beside_the_documents()
    {
        using var dir = ResultsFixture.Create();
        File.WriteAllText(dir.File("cleaning_log.csv"),
            "doc_id,step,rule,line,text\na,boilerplate,nav,1,Home\na,boilerplate,nav,2,Menu\na,spacing,,3,x y\nb,boilerplate,nav,1,Home\n");
        var options = new ReportOptions();
        var steps = Building.CorpusSection.CleaningSteps(Results.ResultsFolder.Read(dir.Path, options));
        // boilerplate/nav: 3 changes in documents a and b; spacing: 1 change in a.
        Assert.Equal([("boilerplate", "nav", "3", "2"), ("spacing", "", "1", "1")],
            steps!.Rows.Select(r => (r[0].Text, r[1].Text, r[2].Text, r[3].Text)));

        // A change of a document that documents.csv does not list (or out of its order) is an error, as in the count tables.
        File.AppendAllText(dir.File("cleaning_log.csv"), "zz,spacing,,1,x\n");
        var ex = Assert.Throws<ConfigurationException>(() => HtmlReport.Render(dir.Path));
        Assert.Contains("cleaning_log.csv", ex.Message);
        Assert.Contains("'zz' does not follow documents.csv", ex.Message);
    }

    private static Regex RowPattern(string label, params string[] cells) =>
        new("<tr><th scope=\"row\"[^>]*>" + Regex.Escape(label) + "</th>" +
            string.Concat(cells.Select(c => "<td class=\"n\"[^>]*>" + Regex.Escape(c) + "</td>")) + "</tr>");
}
