// The report's in-memory code before issue 10's streaming summary, kept only as the reference the streamed report is
// compared with (LegacyEquivalenceTests).
using GovText.Core.Errors;
using GovText.Report.Rendering;
using GovText.Report.Building;
using System.Globalization;
using GovText.Core.Comparison;
using GovText.Core.Results;
using GovText.Report.Results;
using GovText.Report.View;

namespace GovText.Report.Tests.Legacy;

/// <summary>The corpus: documents by year, language and source, the documents themselves, failed files, cleaning.</summary>
internal static class CorpusSection
{
    /// <summary>Manifest columns shown as "source", first present wins.</summary>
    private static readonly string[] SourceColumns = ["source", "source_repo", "publisher", "kind"];

    public static IReadOnlyList<Fact> Summary(ResultsFolder results)
    {
        var docs = results.Tables.Documents;
        var years = docs.Select(d => Year(d)).OfType<int>().ToList();
        var failed = results.IngestErrors?.Rows.Count ?? 0;
        var facts = new List<Fact>
        {
            new("Documents read", Format.Integer(docs.Count)),
            new("Files that could not be read", Format.Integer(failed)),
            new("Languages", string.Join(", ", docs.GroupBy(d => Or(d.Get("language"), "unknown"))
                .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {Format.Integer(g.Count())}"))),
            new("Years", years.Count == 0 ? "none recorded"
                : $"{years.Min().ToString(CultureInfo.InvariantCulture)}–{years.Max().ToString(CultureInfo.InvariantCulture)} ({Format.Count(years.Distinct().Count(), "year", "distinct years")}; {Format.Count(docs.Count - years.Count, "document", "documents")} without a year)"),
            new("Characters", $"{Format.Integer(Sum(docs, "chars"))} ({Format.Integer(Sum(docs, "han_chars"))} Han characters, {Format.Integer(Sum(docs, "latin_words"))} Latin words)"),
            new("Paragraphs / sentences", $"{Format.Integer(Sum(docs, "paragraphs"))} / {Format.Integer(Sum(docs, "sentences"))}"),
        };
        return facts;
    }

    public static TableView ByYear(ResultsFolder results)
    {
        var table = new TableBuilder("Documents by year", "year", "#documents", "languages", "#characters");
        foreach (var g in results.Tables.Documents.GroupBy(d => Year(d)).OrderBy(g => g.Key ?? int.MaxValue))
            table.Add(g.Key?.ToString(CultureInfo.InvariantCulture) ?? "no year", Format.Integer(g.Count()), Languages(g), Format.Integer(Sum(g, "chars")));
        return table.Build();
    }

    public static TableView ByLanguage(ResultsFolder results)
    {
        var table = new TableBuilder("Documents by language", "language", "#documents", "#characters", "#Han characters", "#Latin words");
        foreach (var g in results.Tables.Documents.GroupBy(d => Or(d.Get("language"), "unknown")).OrderBy(g => g.Key, StringComparer.Ordinal))
            table.Add(g.Key, Format.Integer(g.Count()), Format.Integer(Sum(g, "chars")), Format.Integer(Sum(g, "han_chars")), Format.Integer(Sum(g, "latin_words")));
        return table.Build("Language: the manifest's, else measured from the text (docs/cleaning.md).");
    }

    public static TableView? BySource(ResultsFolder results)
    {
        var column = SourceColumns.FirstOrDefault(c => results.Tables.DocumentColumns.Contains(c, StringComparer.Ordinal));
        if (column is null) return null;
        var table = new TableBuilder($"Documents by {column} (manifest column)", column, "#documents");
        foreach (var g in results.Tables.Documents.GroupBy(d => Or(d.Get(column), "(empty)")).OrderBy(g => g.Key, StringComparer.Ordinal))
            table.Add(g.Key, Format.Integer(g.Count()));
        return table.Build();
    }

    public static TableView Documents(ResultsFolder results, int limit)
    {
        var docs = results.Tables.Documents;
        var table = new TableBuilder("Documents", "doc_id", "title", "year", "language", "#characters", "#sentences", "#lines removed");
        foreach (var d in docs.Take(limit))
        {
            var year = d.Get("year");
            if (year.Length > 0 && d.Get("year_source") == "inferred") year += " (inferred)";
            table.AddCells(new TableCell(d.DocId), new TableCell(d.Get("title"), Title: d.Get("path")), new TableCell(year),
                new TableCell(d.Get("language")), new TableCell(Format.Integer(Number(d, "chars"))),
                new TableCell(Format.Integer(Number(d, "sentences"))), new TableCell(Format.Integer(Number(d, "removed_lines"))));
        }
        var note = docs.Count > limit
            ? $"The first {Format.Integer(limit)} of {Format.Integer(docs.Count)} documents; all are in documents.csv."
            : "Every document, as in documents.csv (path, encoding, sha256 and the manifest's columns are there too).";
        return table.Build(note);
    }

    public static TableView Failed(ResultsFolder results)
    {
        var table = new TableBuilder("Files that could not be read", "path", "reason");
        if (results.IngestErrors is { } errors)
            foreach (var row in errors.Rows) table.Add(errors.Cell(row, "path"), errors.Cell(row, "error"));
        return table.Build(table.Count == 0 ? "Every file was read." : "From ingest_errors.csv: each file with the reason and what to do.");
    }

    public static IReadOnlyList<Fact> Cleaning(ResultsFolder results)
    {
        var docs = results.Tables.Documents;
        var removed = docs.Where(d => Number(d, "removed_lines") > 0).ToList();
        var inferred = docs.Count(d => d.Get("year_source") == "inferred");
        var empty = docs.Count(d => Number(d, "chars") == 0);
        return
        [
            new("Boilerplate lines removed", $"{Format.Integer(removed.Sum(d => (long)Number(d, "removed_lines")))} in {Format.Count(removed.Count, "document", "documents")}"),
            new("Years inferred from the text", Format.Count(inferred, "document", "documents")),
            new("Documents left empty by cleaning", Format.Integer(empty)),
            new("Encodings", string.Join(", ", docs.GroupBy(d => Or(d.Get("encoding"), "(pdf/docx)")).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {Format.Integer(g.Count())}"))),
        ];
    }

    public static TableView? CleaningSteps(ResultsFolder results)
    {
        if (results.CleaningLog is not { } log) return null;
        var table = new TableBuilder("Cleaning changes by step and rule (cleaning_log.csv)", "step", "rule", "#changes", "#documents");
        foreach (var g in log.Rows.GroupBy(r => (Step: log.Cell(r, "step"), Rule: log.Cell(r, "rule")))
                     .OrderBy(g => g.Key.Step, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal))
            table.Add(g.Key.Step, g.Key.Rule, Format.Integer(g.Count()), Format.Integer(g.Select(r => log.Cell(r, "doc_id")).Distinct().Count()));
        return table.Build();
    }

    internal static int? Year(DocumentRow d) =>
        int.TryParse(d.Get("year"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : null;

    internal static long Number(DocumentRow d, string column) =>
        long.TryParse(d.Get(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static long Sum(IEnumerable<DocumentRow> docs, string column) => docs.Sum(d => Number(d, column));

    private static string Languages(IEnumerable<DocumentRow> docs) =>
        string.Join(", ", docs.GroupBy(d => Or(d.Get("language"), "unknown")).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ×{g.Count().ToString(CultureInfo.InvariantCulture)}"));

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;
}
