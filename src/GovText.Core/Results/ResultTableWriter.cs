namespace GovText.Core.Results;

/// <summary>
/// A <see cref="ResultTable{TRow}"/> being written row by row, as CSV or Parquet (by the path's extension), to a
/// temporary file that is moved into place on <see cref="Commit"/>.
/// </summary>
/// <typeparam name="TRow">The file's row record.</typeparam>
public sealed class ResultTableWriter<TRow> : IDisposable
{
    private readonly ITableRowWriter<TRow> _rows;

    internal ResultTableWriter(ITableRowWriter<TRow> rows) => _rows = rows;

    /// <summary>The final path.</summary>
    public string FilePath => _rows.FilePath;

    /// <summary>Appends rows.</summary>
    public void Write(IEnumerable<TRow> rows)
    {
        foreach (var row in rows) _rows.Write(row);
    }

    /// <summary>
    /// Appends rows formatted by a <see cref="CsvRowFormatter{TRow}"/> of the table's map (a CSV table only), so that
    /// worker threads format and the thread that keeps the row order only appends text.
    /// </summary>
    internal void Append(string rows) => ((CsvTableRowWriter<TRow>)_rows).Append(rows);

    /// <summary>Finishes the file and moves it into place.</summary>
    public void Commit() => _rows.Commit();

    /// <summary>Abandons the file unless committed.</summary>
    public void Dispose() => _rows.Dispose();
}
