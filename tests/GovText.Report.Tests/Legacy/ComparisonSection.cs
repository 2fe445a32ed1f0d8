// The report's in-memory code before issue 10's streaming summary, kept only as the reference the streamed report is
// compared with (LegacyEquivalenceTests).
using GovText.Core.Errors;
using GovText.Report.Rendering;
using GovText.Report.Building;
using GovText.Core.Results;
using GovText.Core.Comparison;
using GovText.Report.Results;
using GovText.Report.View;

namespace GovText.Report.Tests.Legacy;

/// <summary>The top rows of the keyness and co-occurrence tables, and the topic/cluster tables.</summary>
internal static class ComparisonSection
{
    /// <summary>The first <paramref name="top"/> rows per language (the file is sorted by language, then |G²| descending).</summary>
    public static TableView? Keyness(CsvTable? file, string caption, int top, Func<string, string> itemLabel)
    {
        if (file is null) return null;
        var itemColumn = file.Header[0];
        var table = new TableBuilder(caption, itemColumn == "token" ? "word" : "concept", "language",
            "#f target", "#f reference", "#G²", "#log ratio", "#p (Bonferroni)");
        var languages = file.Rows.Select(r => file.Cell(r, "language")).Distinct().ToList();
        foreach (var language in languages)
            foreach (var row in file.Rows.Where(r => file.Cell(r, "language") == language).Take(top))
                table.AddCells(
                    new TableCell(itemLabel(file.Cell(row, itemColumn)), Title: file.Cell(row, itemColumn)),
                    new TableCell(language),
                    new TableCell(Format.Integer(file.Number(row, "f_target"))),
                    new TableCell(Format.Integer(file.Number(row, "f_ref"))),
                    new TableCell(Format.Fixed(file.Number(row, "g2"), 1)),
                    new TableCell(Format.Fixed(file.Number(row, "log_ratio"), 2)),
                    new TableCell(Format.P(file.Number(row, "p_bonferroni"))));
        var tokens = string.Join("; ", languages.Select(l => file.Rows.First(r => file.Cell(r, "language") == l))
            .Select(r => $"{file.Cell(r, "language")}: {Format.Integer(file.Number(r, "n_target"))} target vs {Format.Integer(file.Number(r, "n_ref"))} reference tokens"));
        return table.Build(
            $"The {top} rows of largest |G²| per language, of {Format.Integer(file.Rows.Count)} in {file.File}. " +
            $"G² is negative where the item is relatively rarer in the target. {tokens}.");
    }

    /// <summary>The sentence-level pairs that co-occur most often.</summary>
    public static TableView? Cooccurrence(CsvTable? file, IReadOnlyDictionary<string, ConceptInfo> concepts, int top)
    {
        if (file is null) return null;
        var unit = file.Rows.Any(r => file.Cell(r, "unit") == "sentence") ? "sentence" : "document";
        var rows = file.Rows.Where(r => file.Cell(r, "unit") == unit && (file.Number(r, "both") ?? 0) > 0)
            .OrderByDescending(r => file.Number(r, "both"))
            .ThenByDescending(r => file.Number(r, "jaccard"))
            .ThenBy(r => file.Cell(r, "concept_a"), StringComparer.Ordinal)
            .ThenBy(r => file.Cell(r, "concept_b"), StringComparer.Ordinal)
            .ToList();
        string Label(string id) => concepts.TryGetValue(id, out var c) ? ConceptSection.Label(c) : id;
        var table = new TableBuilder($"Concept pairs mentioned in the same {unit}", "concept A", "concept B",
            $"#{unit}s with both", "#with A", "#with B", "#Jaccard", "#PMI (bits)");
        foreach (var r in rows.Take(top))
            table.Add(Label(file.Cell(r, "concept_a")), Label(file.Cell(r, "concept_b")), Format.Integer(file.Number(r, "both")),
                Format.Integer(file.Number(r, "a")), Format.Integer(file.Number(r, "b")),
                Format.Fixed(file.Number(r, "jaccard"), 3), Format.Fixed(file.Number(r, "pmi"), 2));
        return table.Build(rows.Count == 0
            ? $"No two concepts are mentioned in the same {unit}."
            : $"The {Math.Min(top, rows.Count)} of {Format.Integer(rows.Count)} co-occurring pairs with the most shared {unit}s; paragraph and document counts are in cooccurrence.csv.");
    }

    /// <summary>The first rows of each topic or cluster table, as the file has them.</summary>
    public static IReadOnlyList<TableView> Topics(ResultsFolder results, int top) =>
        results.TopicTables.Select(t =>
        {
            var table = new TableBuilder(t.File, [.. t.Header]);
            foreach (var row in t.Rows.Take(top)) table.Add(row);
            return table.Build(t.Rows.Count > top ? $"The first {top} of {Format.Integer(t.Rows.Count)} rows of {t.File}." : $"All rows of {t.File}.");
        }).ToList();
}
