using System.Globalization;
using GovText.Core.Counting;
using GovText.Core.Lexicon;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary>
/// The concept × document table printed after counting (both languages): each concept's own matches, or with
/// <c>--rollup</c> the category totals (parents include their children), said in the title; then what was set aside.
/// </summary>
internal static class CountSummaryView
{
    public static void Render(CliConsole console, CountSummary summary, ConceptLexicon lexicon, bool withChildren)
    {
        // A column per document while they fit on a screen; beyond that, how many documents mention each concept.
        var perDocument = summary.Documents <= CountSummary.MaxDocuments;
        var documents = perDocument ? summary.FirstDocuments(withChildren) : [];
        var what = withChildren
            ? "--rollup: a parent's count includes its children's, so the column does not add up"
            : "each concept's own terms; --rollup for category totals";
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Concept matches ({summary.Matches.ToString("N0", CultureInfo.InvariantCulture)} in {summary.Documents.ToString("N0", CultureInfo.InvariantCulture)} documents; {what})");
        table.AddColumn(new TableColumn("concept").NoWrap());
        foreach (var (docId, _) in documents) table.AddColumn(new TableColumn(Markup.Escape(docId)).RightAligned());
        if (!perDocument) table.AddColumn(new TableColumn("documents").RightAligned());
        table.AddColumn(new TableColumn("total").RightAligned());
        var totals = summary.Totals(withChildren);
        var documentsWith = summary.DocumentsWith(withChildren);
        foreach (var id in summary.ConceptIds)
        {
            var concept = lexicon.Find(id);
            var label = concept is null ? id : $"{id} {concept.LabelZh}";
            var cells = new List<string> { Markup.Escape(label) };
            foreach (var (_, counts) in documents) cells.Add(Cell(counts.GetValueOrDefault(id)));
            if (!perDocument) cells.Add(Cell(documentsWith.GetValueOrDefault(id)));
            cells.Add(Cell(totals.GetValueOrDefault(id)));
            table.AddRow(cells.ToArray());
        }
        if (!perDocument) table.Caption("documents: how many mention the concept; per-document counts are in concept_counts.csv");
        console.Out.Write(table);
        foreach (var line in SetAsideLines(summary)) console.Out.WriteLine(line);
    }

    /// <summary>One line per language set aside in some documents, or none.</summary>
    internal static IEnumerable<string> SetAsideLines(CountSummary summary)
    {
        foreach (var (language, (tokens, docs)) in summary.SetAside.OrderBy(p => p.Key))
            yield return $"Set aside as 'other': {N(tokens)} {language} word tokens in {N(docs)} documents where {language} has fewer than " +
                         $"{CountedLanguages.MinTokens} tokens or {(CountedLanguages.MinShare * 100).ToString(CultureInfo.InvariantCulture)}% of the words (no {language} rows there; " +
                         $"{N(summary.SetAsideMatches)} concept matches among them).";
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Cell(long n) => n == 0 ? "[grey]0[/]" : n.ToString("N0", CultureInfo.InvariantCulture);
}
