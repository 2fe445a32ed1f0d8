using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Errors;

namespace GovText.Core.Results;

/// <summary>
/// A results folder's count run read back document by document: each <c>documents.csv</c> row with its rows of the
/// count tables, which are written in document order, so the tables are streamed side by side and only one document's
/// rows are held at a time. Every reader of a finished count run (<see cref="CountReplay"/>, the HTML report) goes
/// through here.
/// </summary>
public static class CountedDocuments
{
    /// <summary>
    /// The documents of <paramref name="documents"/> with their rows of <paramref name="countsPath"/>,
    /// <paramref name="matchesPath"/> and, when given, <paramref name="wordsPath"/> (one pass, in file order).
    /// </summary>
    /// <exception cref="ConfigurationException">A table is malformed, or has rows for a document that is not in
    /// <c>documents.csv</c> or not in its order (raised when the documents run out).</exception>
    public static IEnumerable<CountedDocument> Read(DocumentsReader documents, string countsPath, string matchesPath, string? wordsPath)
    {
        using var countRows = new RowsByDocument<ConceptCountRow>(ResultTables.ConceptCounts.Read(countsPath), countsPath, r => r.DocId);
        using var matchRows = new RowsByDocument<ConceptMatchRow>(ResultTables.ConceptMatches.Read(matchesPath), matchesPath, r => r.DocId);
        using var wordRows = new RowsByDocument<WordFrequencyRow>(
            wordsPath is null ? [] : ResultTables.WordFrequencies.Read(wordsPath), wordsPath ?? "", r => r.DocId);
        foreach (var document in documents.Rows())
            yield return new CountedDocument(document, countRows.TakeFor(document.DocId), matchRows.TakeFor(document.DocId),
                wordRows.TakeFor(document.DocId));
        countRows.ExpectEnd(documents.FilePath);
        matchRows.ExpectEnd(documents.FilePath);
        wordRows.ExpectEnd(documents.FilePath);
    }
}
