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
        using var countRows = new Lookahead<ConceptCountRow>(ResultTables.ConceptCounts.Read(countsPath), countsPath, r => r.DocId);
        using var matchRows = new Lookahead<ConceptMatchRow>(ResultTables.ConceptMatches.Read(matchesPath), matchesPath, r => r.DocId);
        using var wordRows = new Lookahead<WordFrequencyRow>(
            wordsPath is null ? [] : ResultTables.WordFrequencies.Read(wordsPath), wordsPath ?? "", r => r.DocId);
        foreach (var document in documents.Rows())
            yield return new CountedDocument(document, countRows.TakeFor(document.DocId), matchRows.TakeFor(document.DocId),
                wordRows.TakeFor(document.DocId));
        countRows.ExpectEnd(documents.FilePath);
        matchRows.ExpectEnd(documents.FilePath);
        wordRows.ExpectEnd(documents.FilePath);
    }

    // One table's rows, handed out document by document: the rows of a document are consecutive and in documents.csv order.
    private sealed class Lookahead<TRow> : IDisposable
    {
        private readonly IEnumerator<TRow> _rows;
        private readonly string _path;
        private readonly Func<TRow, string> _docId;
        private bool _has;
        private int _row = 1;

        public Lookahead(IEnumerable<TRow> rows, string path, Func<TRow, string> docId)
        {
            _rows = rows.GetEnumerator();
            _path = path;
            _docId = docId;
            _has = _rows.MoveNext();
        }

        public IReadOnlyList<TRow> TakeFor(string docId)
        {
            List<TRow>? taken = null;
            while (_has && string.Equals(_docId(_rows.Current), docId, StringComparison.Ordinal))
            {
                (taken ??= []).Add(_rows.Current);
                _has = _rows.MoveNext();
                _row++;
            }
            return taken ?? (IReadOnlyList<TRow>)[];
        }

        public void ExpectEnd(string documentsPath)
        {
            if (_has)
                throw new ConfigurationException(
                    $"row for document '{_docId(_rows.Current)}' does not follow {Path.GetFileName(documentsPath)}: the document is missing there, " +
                    "or the rows are not in its order (files of one count run always are)", _path, _row + 1);
        }

        public void Dispose() => _rows.Dispose();
    }
}
