using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using GovText.Core.Output;
using ConfigurationException = GovText.Core.Errors.ConfigurationException;

namespace GovText.Report.Results;

/// <summary>
/// A results CSV that Core has no typed reader for (yet), read once with CsvHelper as header + string cells, so the
/// report can pick the columns it shows by name and keep working when a stage adds a column.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++) _index.TryAdd(header[i], i);
    }

    /// <summary>The file name within the results folder.</summary>
    public string File { get; }

    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The rows, in file order; every row has <see cref="Header"/>.Count cells.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Whether the file has <paramref name="column"/>.</summary>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The cell of <paramref name="column"/> in <paramref name="row"/>, or empty when the column is absent.</summary>
    public string Cell(string[] row, string column) => _index.TryGetValue(column, out var i) ? row[i] : "";

    /// <summary>The number in <paramref name="column"/>, or null when the cell is empty or not a number.</summary>
    public double? Number(string[] row, string column) =>
        double.TryParse(Cell(row, column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Reads <paramref name="path"/>, or returns null when it does not exist.</summary>
    /// <exception cref="GovText.Core.Errors.ConfigurationException">The file is not a readable CSV.</exception>
    public static CsvTable? ReadIfPresent(string path)
    {
        if (!System.IO.File.Exists(path)) return null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        };
        try
        {
            using var reader = new StreamReader(path, AtomicFile.Utf8, detectEncodingFromByteOrderMarks: true);
            using var csv = new CsvReader(reader, configuration);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
                throw new ConfigurationException("the file is empty; it needs a header line", path);
            var header = csv.HeaderRecord.ToArray();
            var rows = new List<string[]>();
            while (csv.Read())
            {
                var row = new string[header.Length];
                for (var i = 0; i < header.Length; i++) row[i] = csv.TryGetField<string>(i, out var v) ? v ?? "" : "";
                rows.Add(row);
            }
            return new CsvTable(Path.GetFileName(path), header, rows);
        }
        catch (CsvHelperException ex)
        {
            throw new ConfigurationException("cannot read this table: " + ex.Message.Split('\n')[0].Trim(), path, inner: ex);
        }
    }
}
