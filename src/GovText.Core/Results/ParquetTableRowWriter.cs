using Parquet;
using Parquet.Schema;
using GovText.Core.Output;

namespace GovText.Core.Results;

/// <summary>
/// Streams rows into a Parquet file through a temporary file: rows are buffered column by column and written as a row
/// group every <see cref="ParquetLayout{TRow}.RowGroupRows"/> rows, so memory stays bounded; the footer is written and
/// the file moved into place on <see cref="Commit"/>.
/// </summary>
/// <typeparam name="TRow">The table's row record.</typeparam>
internal sealed class ParquetTableRowWriter<TRow> : ITableRowWriter<TRow>
{
    private readonly AtomicFileWriter _file;
    private readonly IReadOnlyList<ParquetColumn<TRow>> _columns;
    private readonly ParquetWriter _writer;
    private int _buffered;
    private bool _closed;

    /// <summary>Opens <paramref name="path"/> (a temporary file until committed) with <paramref name="layout"/>'s columns.</summary>
    /// <param name="path">The final path.</param>
    /// <param name="layout">The columns.</param>
    /// <param name="options">Other write options than GovText's (benchmarks compare codecs with it).</param>
    public ParquetTableRowWriter(string path, ParquetLayout<TRow> layout, ParquetOptions? options = null)
    {
        _file = new AtomicFileWriter(path);
        _columns = layout.NewColumns();
        var schema = new ParquetSchema(_columns.Select(c => c.Field).ToArray());
        _writer = ParquetWriter.CreateAsync(schema, _file.Stream, options ?? layout.WriteOptions()).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public string FilePath => _file.FilePath;

    /// <inheritdoc />
    public void Write(TRow row)
    {
        foreach (var column in _columns) column.Add(row);
        if (++_buffered == ParquetLayout<TRow>.RowGroupRows) WriteRowGroup();
    }

    /// <inheritdoc />
    public void Commit()
    {
        if (_buffered > 0) WriteRowGroup();
        if (!_closed)
        {
            _closed = true;
            // Writes the footer (the file's schema and row-group index).
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        _file.Commit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // An abandoned file is deleted without its footer: writing one after a failure could throw again and hide the cause.
        _closed = true;
        _file.Dispose();
    }

    private void WriteRowGroup()
    {
        using (var group = _writer.CreateRowGroup())
        {
            foreach (var column in _columns) column.WriteAsync(group).GetAwaiter().GetResult();
            group.CompleteValidate();
        }
        _buffered = 0;
    }
}
