using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using GovText.Core.Output;

namespace GovText.Core.Results;

/// <summary>
/// Formats rows of one table as CSV text, in the dialect and with the map of <see cref="CsvTableRowWriter{TRow}"/>, so that
/// worker threads can format a document's rows and the thread that keeps the row order only appends the text. Not
/// thread-safe: one per thread.
/// </summary>
/// <typeparam name="TRow">The table's row record.</typeparam>
internal sealed class CsvRowFormatter<TRow> : IDisposable
{
    private readonly StringBuilder _text = new();
    private readonly CsvWriter _csv;
    private readonly CsvLayout<TRow> _layout;

    /// <summary>Creates a formatter for rows of <paramref name="table"/>.</summary>
    public CsvRowFormatter(ResultTable<TRow> table)
    {
        _layout = table.Csv;
        _csv = new CsvWriter(new StringWriter(_text, System.Globalization.CultureInfo.InvariantCulture), CsvOutput.Configuration);
    }

    /// <summary>The CSV lines of <paramref name="rows"/>, each ended by the dialect's line end.</summary>
    public string Format(IEnumerable<TRow> rows)
    {
        foreach (var row in rows)
        {
            _layout.Write(_csv, row);
            _csv.NextRecord();
        }
        _csv.Flush();
        var text = _text.ToString();
        _text.Clear();
        return text;
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();
}
