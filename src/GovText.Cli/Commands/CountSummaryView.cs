using System.Globalization;
using GovText.Core.Counting;
using GovText.Core.Lexicon;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary>The concept × document table printed after counting (rolled-up counts, both languages).</summary>
internal static class CountSummaryView
{
    public static void Render(CliConsole console, CountSummary summary, ConceptLexicon lexicon)
    {
        // A column per document while they fit on a screen; beyond that, how many documents mention each concept.
        var perDocument = summary.Documents <= CountSummary.MaxDocuments;
        var documents = perDocument ? summary.FirstDocuments : [];
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Concept matches ({summary.Matches.ToString("N0", CultureInfo.InvariantCulture)} in {summary.Documents.ToString("N0", CultureInfo.InvariantCulture)} documents; parents include their children)");
        table.AddColumn(new TableColumn("concept").NoWrap());
        foreach (var (docId, _) in documents) table.AddColumn(new TableColumn(Markup.Escape(docId)).RightAligned());
        if (!perDocument) table.AddColumn(new TableColumn("documents").RightAligned());
        table.AddColumn(new TableColumn("total").RightAligned());
        foreach (var id in summary.ConceptIds)
        {
            var concept = lexicon.Find(id);
            var label = concept is null ? id : $"{id} {concept.LabelZh}";
            var cells = new List<string> { Markup.Escape(label) };
            foreach (var (_, counts) in documents) cells.Add(Cell(counts.GetValueOrDefault(id)));
            if (!perDocument) cells.Add(Cell(summary.DocumentsWith.GetValueOrDefault(id)));
            cells.Add(Cell(summary.Totals.GetValueOrDefault(id)));
            table.AddRow(cells.ToArray());
        }
        if (!perDocument) table.Caption("documents: how many mention the concept; per-document counts are in concept_counts.csv");
        console.Out.Write(table);
    }

    private static string Cell(long n) => n == 0 ? "[grey]0[/]" : n.ToString("N0", CultureInfo.InvariantCulture);
}
