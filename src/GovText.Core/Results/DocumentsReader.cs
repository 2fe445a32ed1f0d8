using CsvHelper;
using GovText.Core.Errors;
using GovText.Core.Output;

namespace GovText.Core.Results;

/// <summary>An open <c>documents.csv</c>: its columns, and its rows streamed in file order.</summary>
public sealed class DocumentsReader : IDisposable
{
    private readonly string _path;
    private readonly StreamReader _reader;
    private readonly CsvReader _csv;
    private readonly string[] _metadata;
    private readonly CsvLayout<DocumentRow>.RowReader _rows;

    internal DocumentsReader(string path, DocumentRowMap map, CsvLayout<DocumentRow> layout)
    {
        _path = path;
        _reader = new StreamReader(path, AtomicFile.Utf8, detectEncodingFromByteOrderMarks: true);
        _csv = new CsvReader(_reader, ResultTable<DocumentRow>.ReadConfiguration(path));
        CsvCells.Register(_csv.Context);
        _csv.Context.RegisterClassMap(map);
        try
        {
            if (!_csv.Read() || !_csv.ReadHeader() || _csv.HeaderRecord is null)
                throw new ConfigurationException("the file is empty; it needs a header line", path);
            _csv.ValidateHeader<DocumentRow>();
            _rows = layout.Bind(_csv);
        }
        catch (CsvHelperException ex)
        {
            Dispose();
            throw ResultTable<DocumentRow>.Malformed(path, _csv, ex);
        }
        catch
        {
            Dispose();
            throw;
        }
        _metadata = _csv.HeaderRecord.Where(h => !DocumentRow.FixedColumns.Contains(h, StringComparer.Ordinal)).ToArray();
        Columns = _csv.HeaderRecord.ToArray();
    }

    /// <summary>The file read.</summary>
    public string FilePath => _path;

    /// <summary>The header, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows in file order (one pass).</summary>
    public IEnumerable<DocumentRow> Rows()
    {
        while (true)
        {
            DocumentRow row;
            try
            {
                if (!_csv.Read()) yield break;
                row = _rows.Read() with
                {
                    Metadata = _metadata.Select(h => new KeyValuePair<string, string>(h, _csv.GetField(h) ?? "")).ToArray(),
                };
            }
            catch (CsvHelperException ex)
            {
                throw ResultTable<DocumentRow>.Malformed(_path, _csv, ex);
            }
            yield return row;
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        _csv.Dispose();
        _reader.Dispose();
    }
}
