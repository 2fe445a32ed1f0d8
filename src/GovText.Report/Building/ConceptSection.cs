using System.Globalization;
using GovText.Core.Comparison;
using GovText.Report.Results;
using GovText.Report.View;

namespace GovText.Report.Building;

/// <summary>
/// Concept tables. <c>concept_counts.csv</c> and <c>concept_by_group.csv</c> hold each concept's own count (its own
/// terms) and its category total (<c>count_with_children</c>: with its sub-concepts' matches). The report shows both,
/// labelled, and computes rates from own counts as the charts do, so a total is never mistaken for an own count.
/// </summary>
internal static class ConceptSection
{
    public static string Label(ConceptInfo c) => c.Zh.Length > 0 ? $"{c.En} {c.Zh}" : c.En;

    public static TableView Totals(ResultsFolder results)
    {
        var tables = results.Tables;
        var languages = tables.Languages;
        var columns = new List<string> { "concept", "#own hits", "#with sub-concepts", "#documents" };
        columns.AddRange(languages.Select(l => $"#per 10k tokens ({l})"));
        var table = new TableBuilder("Concepts over the whole corpus", [.. columns]);

        var tokens = languages.ToDictionary(l => l, l => TokenTotal(tables, l), StringComparer.Ordinal);
        var byConcept = tables.ConceptCounts.ToLookup(r => r.ConceptId, StringComparer.Ordinal);
        foreach (var concept in tables.Concepts)
        {
            var rows = byConcept[concept.Id].ToList();
            var cells = new List<TableCell>
            {
                new(Label(concept), Title: concept.Id),
                new(Format.Integer(rows.Sum(r => (long)r.Count))),
                new(Format.Integer(rows.Sum(r => (long)r.CountWithChildren))),
                new(Format.Integer(rows.Where(r => r.Count > 0).Select(r => r.DocId).Distinct().Count())),
            };
            foreach (var l in languages)
            {
                var count = rows.Where(r => r.Language == l).Sum(r => (long)r.Count);
                var rate = tokens[l] > 0 ? count * 10000.0 / tokens[l] : double.NaN;
                cells.Add(new TableCell(Format.Fixed(rate, 2), Title: $"{Format.Integer(count)} / {Format.Integer(tokens[l])} tokens"));
            }
            table.AddCells([.. cells]);
        }
        return table.Build(
            "From concept_counts.csv. Own hits: matches of the concept's own terms (count). With sub-concepts: the category total " +
            "(count_with_children; never add these up over concepts). Documents: documents with an own hit. Rates: own hits per " +
            "10,000 word tokens of that language in the whole corpus.");
    }

    /// <summary>Concept × group (per language) when a comparison ran, else concept × document for a small corpus.</summary>
    public static IReadOnlyList<TableView> Matrices(ResultsFolder results, int maxDocumentColumns)
    {
        var tables = results.Tables;
        if (results.ByGroup is { Count: > 0 } byGroup)
        {
            var matrices = new List<TableView>();
            foreach (var language in byGroup.Select(r => r.Language).Distinct().Order(StringComparer.Ordinal))
            {
                var rows = byGroup.Where(r => r.Language == language).ToList();
                var groups = rows.Select(r => r.Group).Distinct().ToList(); // file order: numeric for years
                var cell = rows.ToDictionary(r => (r.ConceptId, r.Group));
                var table = new TableBuilder($"Own hits per 10,000 {language} tokens, by group",
                    ["concept", .. groups.Select(g => "#" + g)]);
                foreach (var concept in tables.Concepts)
                {
                    var cells = new List<TableCell> { new(Label(concept), Title: concept.Id) };
                    foreach (var g in groups)
                        cells.Add(cell.TryGetValue((concept.Id, g), out var r)
                            ? new TableCell(Format.Fixed(r.Per10k, 1), Title: $"{Format.Integer(r.Count)} own hits ({Format.Integer(r.CountWithChildren)} with sub-concepts) / {Format.Integer(r.Tokens)} tokens; {Format.Integer(r.DocsWithConcept)} of {Format.Count(r.Docs, "document", "documents")}")
                            : new TableCell(Format.Undefined, Title: "no documents with text in this language"));
                    table.AddCells([.. cells]);
                }
                matrices.Add(table.Build(
                    $"From concept_by_group.csv (per_10k: own hits; {groups.Count.ToString(CultureInfo.InvariantCulture)} groups). " +
                    "Hover a cell for hits, tokens and documents; – means the group has no text in this language."));
            }
            return matrices;
        }

        var docs = tables.Documents;
        if (docs.Count == 0 || docs.Count > maxDocumentColumns) return [];
        var matrix = new TableBuilder("Own hits by document", ["concept", .. docs.Select(d => "#" + d.DocId), "#total"]);
        var counts = tables.ConceptCounts.GroupBy(r => (r.ConceptId, r.DocId)).ToDictionary(g => g.Key, g => g.Sum(r => (long)r.Count));
        foreach (var concept in tables.Concepts)
        {
            var values = docs.Select(d => counts.GetValueOrDefault((concept.Id, d.DocId))).ToList();
            matrix.AddCells([new TableCell(Label(concept), Title: concept.Id), .. values.Select(v => new TableCell(Format.Integer(v))), new TableCell(Format.Integer(values.Sum()))]);
        }
        return [matrix.Build("From concept_counts.csv (count); category totals (count_with_children) and rates (per_10k) are there too.")];
    }

    private static long TokenTotal(CountTables tables, string language) =>
        tables.Documents.Sum(d => (long)(tables.Tokens(d.DocId, language) ?? 0));
}
