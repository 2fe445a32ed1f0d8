using GovText.Core.Errors;

namespace GovText.Core.Results;

/// <summary>
/// A table's rows handed out document by document, as <c>documents.csv</c> lists the documents: the tables of a run
/// are written in document order, with a document's rows together, so one pass over both needs one document's rows
/// at a time.
/// </summary>
/// <typeparam name="TRow">The table's row record.</typeparam>
public sealed class RowsByDocument<TRow> : IDisposable
{
    private readonly IEnumerator<TRow> _rows;
    private readonly string _path;
    private readonly Func<TRow, string> _docId;
    private bool _has;
    private int _row = 1;

    /// <summary>Starts reading <paramref name="rows"/> of the file <paramref name="path"/>, whose document id is <paramref name="docId"/>.</summary>
    public RowsByDocument(IEnumerable<TRow> rows, string path, Func<TRow, string> docId)
    {
        _rows = rows.GetEnumerator();
        _path = path;
        _docId = docId;
        _has = _rows.MoveNext();
    }

    /// <summary>The rows of <paramref name="docId"/>, the next document of <c>documents.csv</c> (none when it has no rows).</summary>
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

    /// <summary>After the last document: every row must have been handed out.</summary>
    /// <exception cref="ConfigurationException">A row is left: its document is not in <paramref name="documentsPath"/>, or
    /// the rows are not in its order.</exception>
    public void ExpectEnd(string documentsPath)
    {
        if (_has)
            throw new ConfigurationException(
                $"row for document '{_docId(_rows.Current)}' does not follow {Path.GetFileName(documentsPath)}: the document is missing there, " +
                "or the rows are not in its order (files of one run always are)", _path, _row + 1);
    }

    /// <summary>Closes the table.</summary>
    public void Dispose() => _rows.Dispose();
}
