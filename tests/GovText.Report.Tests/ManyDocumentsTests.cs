using System.Globalization;
using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Results;
using GovText.Core.RunRecords;
using GovText.Report.Building;
using GovText.Report.Rendering;
using GovText.Report.Results;
using GovText.Report.View;
using GovText.Tests;

namespace GovText.Report.Tests;

/// <summary>
/// The report of a corpus with more documents than the page lists, read in one streamed pass, against the same numbers
/// computed here from the whole tables: documents, years, concept totals and rates, concordance hits, the grouping
/// column, the corpus fingerprint, the warnings.
/// </summary>
public sealed class ManyDocumentsTests : IDisposable
{
    private const int Documents = 260;
    private readonly TempDir _dir = TestEnvironment.CreateTempDir();
    private readonly string _results;
    private readonly List<DocumentRow> _documents;
    private readonly List<ConceptCountRow> _counts;
    private readonly List<ConceptMatchRow> _matches;
    private readonly ReportModel _model;

    public ManyDocumentsTests()
    {
        var corpus = _dir.File("corpus");
        _results = _dir.File("results");
        GeneratedCorpus.Write(corpus, Documents);
        GeneratedCorpus.Count(corpus, _results, new ComparisonOptions { By = "year" });
        using (var documents = DocumentsTable.Open(Path.Combine(_results, ResultFiles.Documents)))
            _documents = documents.Rows().ToList();
        _counts = ResultTables.ConceptCounts.Read(Path.Combine(_results, ResultFiles.ConceptCounts)).ToList();
        _matches = ResultTables.ConceptMatches.Read(Path.Combine(_results, ResultFiles.ConceptMatches)).ToList();
        var options = new ReportOptions();
        _model = ReportBuilder.Build(ResultsFolder.Read(_results, options), options, [HtmlReport.FileName]);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Lists_the_first_documents_and_counts_them_all()
    {
        Assert.True(_documents.Count > 200, $"the generated corpus has {_documents.Count} documents; the test needs more than the page lists");
        Assert.Equal(_documents.Take(200).Select(d => d.DocId), _model.Documents.Rows.Select(r => r[0].Text));
        Assert.Equal($"The first 200 of {N(_documents.Count)} documents; all are in documents.csv.", _model.Documents.Note);
        Assert.Equal(N(_documents.Count), Fact(_model.CorpusSummary, "Documents read"));
        Assert.Equal(N(_documents.Count), Fact(_model.Run, "documents"));
    }

    [Fact]
    public void Years_and_languages_cover_every_document()
    {
        var years = _documents.Where(d => d.Year is not null).Select(d => d.Year!.Value).ToList();
        Assert.Equal($"{years.Min()}–{years.Max()} ({years.Distinct().Count()} distinct years; {_documents.Count - years.Count} documents without a year)",
            Fact(_model.CorpusSummary, "Years"));
        var byYear = _documents.GroupBy(d => d.Year).OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => (g.Key?.ToString(CultureInfo.InvariantCulture) ?? "no year", N(g.Count())));
        Assert.Equal(byYear, _model.ByYear.Rows.Select(r => (r[0].Text, r[1].Text)));
        var byLanguage = _documents.GroupBy(d => d.Language.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, N(g.Count()), N(g.Sum(d => (long)d.Chars))));
        Assert.Equal(byLanguage, _model.ByLanguage.Rows.Select(r => (r[0].Text, r[1].Text, r[2].Text)));
    }

    [Fact]
    public void Concept_totals_and_rates_sum_every_row()
    {
        var concepts = _counts.Select(r => r.ConceptId).Distinct().ToList();
        var languages = _counts.Select(r => r.Language).Distinct().Order().ToList();
        var tokens = languages.ToDictionary(l => l, l => _counts.Where(r => r.Language == l).DistinctBy(r => r.DocId).Sum(r => (long)r.Tokens));
        Assert.Equal(concepts.Count, _model.ConceptTotals.Rows.Count);
        Assert.Contains(_counts, r => r.Count > 0);
        for (var i = 0; i < concepts.Count; i++)
        {
            var rows = _counts.Where(r => r.ConceptId == concepts[i]).ToList();
            var cells = _model.ConceptTotals.Rows[i];
            Assert.Equal(concepts[i], cells[0].Title);
            Assert.Equal(N(rows.Sum(r => (long)r.Count)), cells[1].Text);
            Assert.Equal(N(rows.Sum(r => (long)r.CountWithChildren)), cells[2].Text);
            Assert.Equal(N(rows.Where(r => r.Count > 0).Select(r => r.DocId).Distinct().Count()), cells[3].Text);
            for (var l = 0; l < languages.Count; l++)
            {
                var own = rows.Where(r => r.Language == languages[l]).Sum(r => (long)r.Count);
                Assert.Equal((own * 10000.0 / tokens[languages[l]]).ToString("N2", CultureInfo.InvariantCulture), cells[4 + l].Text);
            }
        }
    }

    [Fact]
    public void Concordance_shows_the_first_hits_of_each_concept_and_counts_all()
    {
        var concepts = _counts.Select(r => r.ConceptId).Distinct().ToList();
        Assert.Equal(concepts.Count, _model.Kwic.Count);
        Assert.Contains(concepts, c => _matches.Count(m => m.ConceptId == c) > 5);
        for (var i = 0; i < concepts.Count; i++)
        {
            var hits = _matches.Where(m => m.ConceptId == concepts[i]).ToList();
            Assert.Equal(N(hits.Count), _model.Kwic[i].Total);
            Assert.Equal(hits.Take(5).Select(m => (m.DocId, m.MatchedText)), _model.Kwic[i].Lines.Select(l => (l.DocId, l.Hit)));
        }
    }

    [Fact]
    public void Without_run_json_the_grouping_and_fingerprint_come_from_the_documents()
    {
        Assert.False(File.Exists(Path.Combine(_results, "run.json")));
        Assert.Equal(Fingerprint.List(_documents.Select(d => (d.Path, d.Sha256))), Fact(_model.Run, "corpus fingerprint"));
        var years = _documents.Where(d => d.Year is not null).Select(d => d.Year).Distinct().Count();
        Assert.Equal($"year ({years} groups)", Fact(_model.Run, "grouped by"));
        var ungrouped = _documents.Count(d => d.Year is null);
        Assert.Contains($"{ungrouped} documents have no year and are in no group of the comparison.", _model.Warnings);
    }

    [Fact]
    public void Fingerprint_of_documents_out_of_path_order_is_that_of_the_sorted_list()
    {
        using var dir = ResultsFixture.Create();
        var documents = dir.File("documents.csv");
        File.WriteAllText(documents, File.ReadAllText(documents).Replace("\na,a.txt,", "\na,z.txt,", StringComparison.Ordinal));
        var options = new ReportOptions();
        var model = ReportBuilder.Build(ResultsFolder.Read(dir.Path, options), options, []);
        Assert.Equal(Fingerprint.List([("z.txt", new string('a', 64)), ("b.txt", new string('b', 64))]), Fact(model.Run, "corpus fingerprint"));
    }

    [Fact]
    public void Parquet_count_tables_give_the_same_report()
    {
        var parquet = _dir.File("parquet/results"); // the same folder name: the title and run facts show it
        GeneratedCorpus.Count(_dir.File("corpus"), parquet, new ComparisonOptions { By = "year" }, TableFormat.Parquet);
        Assert.True(File.Exists(Path.Combine(parquet, "concept_matches.parquet")));
        Assert.False(File.Exists(Path.Combine(parquet, ResultFiles.ConceptMatches)));
        var options = new ReportOptions();
        var model = ReportBuilder.Build(ResultsFolder.Read(parquet, options), options, [HtmlReport.FileName]);
        // Everything but the file list, which names the .parquet files.
        Assert.Equal(ReportTemplate.Render(_model with { Files = model.Files }), ReportTemplate.Render(model));
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Fact(IEnumerable<Fact> facts, string label) => facts.Single(f => f.Label == label).Value;
}
