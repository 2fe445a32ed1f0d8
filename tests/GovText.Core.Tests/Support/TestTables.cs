using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Results;

namespace GovText.Core.Tests.Support;

/// <summary>
/// A results folder's tables built by hand: documents.csv rows and the three count tables' rows. Tests feed them to a
/// <see cref="CountAccumulator"/> document by document, or write them out as a count run would.
/// </summary>
internal sealed record TestTables(
    IReadOnlyList<string> MetadataHeaders,
    IReadOnlyList<DocumentRow> Documents,
    IReadOnlyList<ConceptCountRow> Counts,
    IReadOnlyList<ConceptMatchRow> Matches,
    IReadOnlyList<WordFrequencyRow> Words)
{
    /// <summary>The documents.csv columns.</summary>
    public IReadOnlyList<string> Columns => DocumentsTable.Columns(MetadataHeaders);

    /// <summary>Each document with its rows, in document order.</summary>
    public IReadOnlyList<CountedDocument> CountedDocuments() =>
        Documents.Select(d => new CountedDocument(d,
            Counts.Where(r => r.DocId == d.DocId).ToList(),
            Matches.Where(r => r.DocId == d.DocId).ToList(),
            Words.Where(r => r.DocId == d.DocId).ToList())).ToList();

    /// <summary>Every document added to a fresh accumulator for <paramref name="options"/>.</summary>
    public CountAccumulator Accumulate(ComparisonOptions options) => Accumulate(options, CountedDocuments());

    /// <summary><paramref name="documents"/> added to a fresh accumulator for <paramref name="options"/>.</summary>
    public CountAccumulator Accumulate(ComparisonOptions options, IEnumerable<CountedDocument> documents)
    {
        var accumulator = new CountAccumulator(Columns, options);
        foreach (var d in documents) accumulator.Add(d);
        return accumulator;
    }

    /// <summary>
    /// Writes the four tables into <paramref name="folder"/> as a count run does (rows in document order), the three
    /// count tables in <paramref name="format"/>.
    /// </summary>
    public void WriteTo(string folder, TableFormat format = TableFormat.Csv)
    {
        var documents = CountedDocuments();
        DocumentsTable.Write(Path.Combine(folder, ResultFiles.Documents), MetadataHeaders, Documents);
        ResultTables.ConceptCounts.WriteIn(folder, documents.SelectMany(d => d.Counts), format);
        ResultTables.ConceptMatches.WriteIn(folder, documents.SelectMany(d => d.Matches), format);
        ResultTables.WordFrequencies.WriteIn(folder, documents.SelectMany(d => d.Words), format);
    }
}
