using CsvHelper;
using GovText.Core.Output;

namespace GovText.Core.Results;

/// <summary>
/// <c>documents.csv</c>: the fixed columns of <see cref="DocumentRowMap"/>, then the manifest's extra columns, whose
/// names are only known at run time. Written and read here only.
/// </summary>
public static class DocumentsTable
{
    private static readonly DocumentRowMap Map = new();
    private static readonly CsvLayout<DocumentRow> Layout = new(Map);

    /// <summary>Every column: the fixed ones, then <paramref name="metadataHeaders"/>.</summary>
    public static IReadOnlyList<string> Columns(IEnumerable<string> metadataHeaders) => [.. DocumentRow.FixedColumns, .. metadataHeaders];

    /// <summary>Writes the header line.</summary>
    public static void WriteHeader(CsvWriter csv, IEnumerable<string> metadataHeaders)
    {
        csv.Context.RegisterClassMap(Map);
        csv.WriteHeader<DocumentRow>();
        foreach (var header in metadataHeaders) csv.WriteField(header);
        csv.NextRecord();
    }

    /// <summary>Writes one row (after <see cref="WriteHeader"/> on the same writer).</summary>
    public static void WriteRow(CsvWriter csv, DocumentRow row)
    {
        Layout.Write(csv, row);
        foreach (var (_, value) in row.Metadata) csv.WriteField(value);
        csv.NextRecord();
    }

    /// <summary>
    /// Formats rows of <c>documents.csv</c> as CSV text, exactly as <see cref="WriteRow"/> writes them, so that the workers
    /// of the document pass format each document's row and the thread that keeps the row order only appends it. Not
    /// thread-safe: one per thread.
    /// </summary>
    public sealed class RowFormatter : IDisposable
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly CsvWriter _csv;

        /// <summary>Creates a formatter.</summary>
        public RowFormatter()
        {
            _csv = new CsvWriter(new StringWriter(_text, System.Globalization.CultureInfo.InvariantCulture), CsvOutput.Configuration);
        }

        /// <summary>The header line for <paramref name="metadataHeaders"/>, ended by the dialect's line end.</summary>
        public string Header(IEnumerable<string> metadataHeaders)
        {
            WriteHeader(_csv, metadataHeaders);
            return Take();
        }

        /// <summary>The line of <paramref name="row"/>, ended by the dialect's line end.</summary>
        public string Format(DocumentRow row)
        {
            WriteRow(_csv, row);
            return Take();
        }

        private string Take()
        {
            _csv.Flush();
            var text = _text.ToString();
            _text.Clear();
            return text;
        }

        /// <inheritdoc />
        public void Dispose() => _csv.Dispose();
    }

    /// <summary>Writes a whole <c>documents.csv</c> atomically.</summary>
    public static void Write(string path, IEnumerable<string> metadataHeaders, IEnumerable<DocumentRow> rows) =>
        CsvOutput.Write(path, csv =>
        {
            var headers = metadataHeaders.ToList();
            WriteHeader(csv, headers);
            foreach (var row in rows) WriteRow(csv, row);
        });

    /// <summary>Opens <paramref name="path"/> for reading: the header is read at once, the rows streamed.</summary>
    /// <exception cref="Errors.ConfigurationException">The file is empty, lacks a fixed column, or has a malformed row.</exception>
    public static DocumentsReader Open(string path) => new(path, Map, Layout);
}
