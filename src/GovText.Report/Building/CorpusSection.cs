using System.Globalization;
using GovText.Core.Comparison;
using GovText.Core.Results;
using GovText.Report.Results;
using GovText.Report.View;

namespace GovText.Report.Building;

/// <summary>The corpus: documents by year, language and source, the first documents, failed files, cleaning.</summary>
internal static class CorpusSection
{
    public static IReadOnlyList<Fact> Summary(ResultsFolder results)
    {
        var counts = results.Counts;
        var corpus = counts.Corpus;
        var years = counts.Years.Where(y => y.Year is not null).ToList();
        var withYear = years.Sum(y => y.Tally.Documents);
        var failed = results.IngestErrors?.Rows.Count ?? 0;
        var facts = new List<Fact>
        {
            new("Documents read", Format.Integer(counts.Documents)),
            new("Files that could not be read", Format.Integer(failed)),
            new("Languages", string.Join(", ", counts.Languages.Select(l => $"{l.Key} {Format.Integer(l.Value.Documents)}"))),
            new("Years", years.Count == 0 ? "none recorded"
                : $"{years.Min(y => y.Year!.Value).ToString(CultureInfo.InvariantCulture)}–{years.Max(y => y.Year!.Value).ToString(CultureInfo.InvariantCulture)} ({Format.Count(years.Count, "year", "distinct years")}; {Format.Count(counts.Documents - withYear, "document", "documents")} without a year)"),
            new("Characters", $"{Format.Integer(corpus.Chars)} ({Format.Integer(corpus.HanChars)} Han characters, {Format.Integer(corpus.LatinWords)} Latin words)"),
            new("Paragraphs / sentences", $"{Format.Integer(corpus.Paragraphs)} / {Format.Integer(corpus.Sentences)}"),
        };
        return facts;
    }

    public static TableView ByYear(ResultsFolder results)
    {
        var table = new TableBuilder("Documents by year", "year", "#documents", "languages", "#characters");
        foreach (var (year, tally) in results.Counts.Years.OrderBy(y => y.Year ?? int.MaxValue))
            table.Add(year?.ToString(CultureInfo.InvariantCulture) ?? "no year", Format.Integer(tally.Documents), Languages(tally), Format.Integer(tally.Chars));
        return table.Build();
    }

    public static TableView ByLanguage(ResultsFolder results)
    {
        var table = new TableBuilder("Documents by language", "language", "#documents", "#characters", "#Han characters", "#Latin words");
        foreach (var (language, tally) in results.Counts.Languages)
            table.Add(language.Code, Format.Integer(tally.Documents), Format.Integer(tally.Chars), Format.Integer(tally.HanChars), Format.Integer(tally.LatinWords));
        return table.Build("Language: the manifest's, else measured from the text (docs/cleaning.md).");
    }

    public static TableView? BySource(ResultsFolder results)
    {
        var column = results.Counts.SourceColumn;
        if (column is null) return null;
        var table = new TableBuilder($"Documents by {column} (manifest column)", column, "#documents");
        foreach (var (source, n) in results.Counts.Sources)
            table.Add(source, Format.Integer(n));
        return table.Build();
    }

    public static TableView Documents(ResultsFolder results, int limit)
    {
        var counts = results.Counts;
        var table = new TableBuilder("Documents", "doc_id", "title", "year", "language", "#characters", "#sentences", "#lines removed");
        foreach (var d in counts.FirstDocuments.Take(limit))
        {
            var year = d.Get("year");
            if (year.Length > 0 && d.Get("year_source") == "inferred") year += " (inferred)";
            table.AddCells(new TableCell(d.DocId), new TableCell(d.Get("title"), Title: d.Get("path")), new TableCell(year),
                new TableCell(d.Get("language")), new TableCell(Format.Integer(d.Chars)),
                new TableCell(Format.Integer(d.Sentences)), new TableCell(Format.Integer(d.RemovedLines)));
        }
        var note = counts.Documents > limit
            ? $"The first {Format.Integer(limit)} of {Format.Integer(counts.Documents)} documents; all are in documents.csv."
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
        var counts = results.Counts;
        return
        [
            new("Boilerplate lines removed", $"{Format.Integer(counts.RemovedLines)} in {Format.Count(counts.DocumentsWithRemovedLines, "document", "documents")}"),
            new("Years inferred from the text", Format.Count(counts.InferredYears, "document", "documents")),
            new("Documents left empty by cleaning", Format.Integer(counts.EmptyDocuments)),
            new("Encodings", string.Join(", ", counts.Encodings.Select(e => $"{e.Key} {Format.Integer(e.Value)}"))),
        ];
    }

    public static TableView? CleaningSteps(ResultsFolder results)
    {
        if (results.CleaningLog is not { } log) return null;
        var table = new TableBuilder("Cleaning changes by step and rule (cleaning_log.csv)", "step", "rule", "#changes", "#documents");
        foreach (var ((step, rule), (changes, documents)) in log.Steps)
            table.Add(step, rule, Format.Integer(changes), Format.Integer(documents));
        return table.Build();
    }

    private static string Languages(DocumentTally tally) =>
        string.Join(", ", tally.Languages.Select(l => l.Value == 1 ? l.Key.Code : $"{l.Key} ×{l.Value.ToString(CultureInfo.InvariantCulture)}"));
}
