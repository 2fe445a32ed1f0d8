using CsvHelper;
using CsvHelper.Configuration;
using GovText.Core.Output;

namespace GovText.Core.Results;

/// <summary>Streams rows into a CSV through a temporary file, header first; moved into place on <see cref="Commit"/>.</summary>
/// <typeparam name="TRow">The table's row record.</typeparam>
internal sealed class CsvTableRowWriter<TRow> : ITableRowWriter<TRow>
{
    private readonly AtomicFileWriter _file;
    private readonly CsvWriter _csv;
    private readonly CsvLayout<TRow> _layout;

    /// <summary>Opens <paramref name="path"/> (a temporary file until committed) and writes the header of <paramref name="table"/>.</summary>
    public CsvTableRowWriter(string path, ResultTable<TRow> table)
    {
        _file = new AtomicFileWriter(path);
        _layout = table.Csv;
        _csv = new CsvWriter(_file.Writer, CsvOutput.Configuration, leaveOpen: true);
        CsvCells.Register(_csv.Context);
        _csv.Context.RegisterClassMap(table.Map);
        _csv.WriteHeader<TRow>();
        _csv.NextRecord();
    }

    /// <summary>Appends rows already formatted by a <see cref="CsvRowFormatter{TRow}"/> of this table's map.</summary>
    public void Append(string rows)
    {
        // CsvWriter buffers: what it holds must reach the file before text written past it.
        _csv.Flush();
        _file.Writer.Write(rows);
    }

    /// <inheritdoc />
    public string FilePath => _file.FilePath;

    /// <inheritdoc />
    public void Write(TRow row)
    {
        _layout.Write(_csv, row);
        _csv.NextRecord();
    }

    /// <inheritdoc />
    public void Commit()
    {
        _csv.Dispose();
        _file.Commit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // After a commit the CSV writer is closed and the file in place; before, both are abandoned, and a flush that fails
        // (a full disk) must not keep the file open.
        try { _csv.Dispose(); }
        catch (IOException) { }
        finally { _file.Dispose(); }
    }
}
