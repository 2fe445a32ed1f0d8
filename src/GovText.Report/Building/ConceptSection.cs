using System.Globalization;
using GovText.Core.Comparison;
using GovText.Core.Results;
using GovText.Report.Results;
using GovText.Report.View;
using GovText.Core.Text;

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
        var counts = results.Counts;
        var languages = counts.TokenLanguages;
        var columns = new List<string> { "concept", "#own hits", "#with sub-concepts", "#documents" };
        columns.AddRange(languages.Select(l => $"#per 10k tokens ({l})"));
        var table = new TableBuilder("Concepts over the whole corpus", [.. columns]);

        foreach (var concept in counts.Concepts)
        {
            var tally = counts.Concept(concept.Id);
            var cells = new List<TableCell>
            {
                new(Label(concept), Title: concept.Id),
                new(Format.Integer(tally.Own)),
                new(Format.Integer(tally.WithChildren)),
                new(Format.Integer(tally.DocumentsWithOwn)),
            };
            foreach (var l in languages)
            {
                var count = tally.OwnIn(l);
                var tokens = counts.Tokens(l);
                var rate = tokens > 0 ? count * 10000.0 / tokens : double.NaN;
                cells.Add(new TableCell(Format.Fixed(rate, 2), Title: $"{Format.Integer(count)} / {Format.Integer(tokens)} tokens"));
            }
            table.AddCells([.. cells]);
        }
        return table.Build(
            "From concept_counts.csv. Own hits: matches of the concept's own terms (count). With sub-concepts: the category total " +
            "(count_with_children; never add these up over concepts). Documents: documents with an own hit. Rates: own hits per " +
            "10,000 word tokens of that language in the whole corpus.");
    }

    /// <summary>Concept × group (per language) when a comparison ran, else concept × document for a small corpus.</summary>
    public static IReadOnlyList<TableView> Matrices(ResultsFolder results, int maxDocumentColumns, int maxGroupColumns)
    {
        var counts = results.Counts;
        if (results.ByGroup is { Count: > 0 } byGroup)
        {
            var matrices = new List<TableView>();
            // The language with the most text first: that is the table a reader of the corpus looks for. (A loop over a
            // few reference-type entries: LINQ's grouping and ordering over Language, a struct, is JIT-compiled on every run.)
            var languages = new List<LanguageGroups>();
            foreach (var row in byGroup)
            {
                var entry = languages.Find(l => l.Language == row.Language);
                if (entry is null) languages.Add(entry = new LanguageGroups(row.Language));
                // A group's tokens are on each of its rows: counted once, from its first.
                if (entry.Groups.Add(row.Group)) entry.Tokens += row.Tokens;
            }
            languages.Sort((a, b) => a.Tokens != b.Tokens ? b.Tokens.CompareTo(a.Tokens) : a.Language.CompareTo(b.Language));
            foreach (var entry in languages)
            {
                var rows = byGroup.Where(r => r.Language == entry.Language).ToList();
                if (entry.Groups.Count < 2 && languages.Count > 1) continue; // one group is no comparison; the rates are in the CSV
                matrices.Add(entry.Groups.Count > maxGroupColumns
                    ? GroupsAsRows(counts.Concepts, rows, entry.Language)
                    : GroupsAsColumns(counts.Concepts, rows, entry.Language));
            }
            return matrices;
        }

        // The summary keeps the first maxDocumentColumns documents' counts: the table is shown when they are all.
        var docs = counts.DocumentCounts;
        if (counts.Documents == 0 || counts.Documents > maxDocumentColumns) return [];
        var matrix = new TableBuilder("Own hits by document", ["concept", .. docs.Select(d => "#" + d.DocId), "#total"]);
        foreach (var concept in counts.Concepts)
        {
            var values = docs.Select(d => d.Own.GetValueOrDefault(concept.Id)).ToList();
            matrix.AddCells([new TableCell(Label(concept), Title: concept.Id), .. values.Select(v => new TableCell(Format.Integer(v))), new TableCell(Format.Integer(values.Sum()))]);
        }
        return [matrix.Build("From concept_counts.csv (count); category totals (count_with_children) and rates (per_10k) are there too.")];
    }

    private static TableView GroupsAsColumns(IReadOnlyList<ConceptInfo> concepts, List<ConceptGroupRow> rows, Language language)
    {
        var groups = rows.Select(r => r.Group).Distinct().ToList(); // file order: numeric for years
        var cell = rows.ToDictionary(r => (r.ConceptId, r.Group));
        var table = new TableBuilder($"Own hits per 10,000 {language} tokens, by group", ["concept", .. groups.Select(g => "#" + g)]);
        foreach (var concept in concepts)
        {
            var cells = new List<TableCell> { new(Label(concept), Title: concept.Id) };
            cells.AddRange(groups.Select(g => Rate(cell.GetValueOrDefault((concept.Id, g)))));
            table.AddCells([.. cells]);
        }
        return table.Build(MatrixNote(groups.Count));
    }

    /// <summary>Many groups (years): a row per group and a column per concept with hits, so the table reads down the years.</summary>
    private static TableView GroupsAsRows(IReadOnlyList<ConceptInfo> concepts, List<ConceptGroupRow> rows, Language language)
    {
        var groups = rows.Select(r => r.Group).Distinct().ToList();
        var cell = rows.ToDictionary(r => (r.ConceptId, r.Group));
        var found = concepts.Where(c => rows.Any(r => r.ConceptId == c.Id && r.CountWithChildren > 0)).ToList();
        var none = concepts.Where(c => !found.Contains(c)).Select(Label).ToList();
        var table = new TableBuilder($"Own hits per 10,000 {language} tokens, by group",
            ["group", .. found.Select(c => "#" + (c.Zh.Length > 0 ? c.Zh : c.En))]);
        foreach (var g in groups)
            table.AddCells([new TableCell(g), .. found.Select(c => Rate(cell.GetValueOrDefault((c.Id, g))))]);
        var note = MatrixNote(groups.Count) + (none.Count > 0 ? $" Not shown, no hits in {language}: {string.Join(", ", none)}." : "");
        return table.Build(note);
    }

    /// <summary>One language of concept_by_group.csv: its groups and their word tokens.</summary>
    private sealed class LanguageGroups(Language language)
    {
        public Language Language { get; } = language;

        public HashSet<string> Groups { get; } = new(StringComparer.Ordinal);

        public long Tokens { get; set; }
    }

    private static TableCell Rate(ConceptGroupRow? r) => r is null
        ? new TableCell(Format.Undefined, Title: "no documents with text in this language")
        : new TableCell(r.Count == 0 ? "0" : Format.Fixed(r.Per10k, 1),
            Title: $"{Format.Integer(r.Count)} own hits ({Format.Integer(r.CountWithChildren)} with sub-concepts) / {Format.Integer(r.Tokens)} tokens; {Format.Integer(r.DocsWithConcept)} of {Format.Count(r.Docs, "document", "documents")}");

    private static string MatrixNote(int groups) =>
        $"From concept_by_group.csv (per_10k: own hits; {Format.Count(groups, "group", "groups")}). " +
        "Hover a cell for hits, tokens and documents; – means the group has no text in this language.";
}
