using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using GovText.Core.Errors;
using GovText.Core.Output;
using ConfigurationException = GovText.Core.Errors.ConfigurationException;

namespace GovText.Core.Results;

/// <summary>
/// One table of a results folder: its name and its <see cref="ClassMap{TClass}"/>, the single definition both the
/// writer and the reader use, so a file always reads back into the rows that wrote it. Every table is CSV; the large
/// ones (<see cref="Formats"/>) may also be Parquet, with the same columns (<see cref="TableFormat"/>). A path's
/// extension says its format; a folder holds a table in one format, which <see cref="Find"/> and <see cref="ReadIn"/>
/// resolve, so readers take either.
/// </summary>
/// <typeparam name="TRow">The file's row record.</typeparam>
public sealed class ResultTable<TRow>
{
    private readonly Lazy<ParquetLayout<TRow>>? _parquet;

    /// <summary>Defines the file <paramref name="fileName"/> (a <c>.csv</c> name) with columns <paramref name="map"/>.</summary>
    /// <param name="fileName">The CSV file name.</param>
    /// <param name="map">The columns.</param>
    /// <param name="parquet">True for a large table that may also be written as Parquet.</param>
    public ResultTable(string fileName, ClassMap<TRow> map, bool parquet = false)
    {
        FileName = fileName;
        Map = map;
        Csv = new CsvLayout<TRow>(map);
        // Built on first use: most runs write no Parquet, and building the columns loads Parquet.Net's types and
        // JIT-compiles the value columns' generic code (ParquetTableTests builds every table's layout).
        if (parquet) _parquet = new Lazy<ParquetLayout<TRow>>(() => new ParquetLayout<TRow>(map));
        Formats = parquet ? [TableFormat.Csv, TableFormat.Parquet] : [TableFormat.Csv];
    }

    /// <summary>The CSV file name in a results folder.</summary>
    public string FileName { get; }

    /// <summary>The columns.</summary>
    public ClassMap<TRow> Map { get; }

    /// <summary>The CSV cells of a row, written and read through <see cref="Map"/>.</summary>
    internal CsvLayout<TRow> Csv { get; }

    /// <summary>The formats the table can be written in: CSV, and Parquet for the large tables.</summary>
    public IReadOnlyList<TableFormat> Formats { get; }

    /// <summary>The file name in <paramref name="format"/> (e.g. <c>concept_counts.parquet</c>).</summary>
    /// <exception cref="InvalidOperationException">The table is CSV only.</exception>
    public string FileNameFor(TableFormat format) => format switch
    {
        TableFormat.Csv => FileName,
        TableFormat.Parquet when _parquet is not null => Path.ChangeExtension(FileName, ParquetExtension),
        _ => throw new InvalidOperationException($"{FileName} is written as CSV only"),
    };

    /// <summary>Every name the table can have in a results folder, one per format.</summary>
    public IReadOnlyList<string> FileNames => Formats.Select(FileNameFor).ToList();

    /// <summary>The CSV file's path in <paramref name="folder"/>.</summary>
    public string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>The file's path in <paramref name="folder"/> in <paramref name="format"/>.</summary>
    public string PathIn(string folder, TableFormat format) => Path.Combine(folder, FileNameFor(format));

    /// <summary>The format a path is written or read in: Parquet for <c>.parquet</c>, else CSV.</summary>
    public static TableFormat FormatOf(string path) =>
        string.Equals(Path.GetExtension(path), ParquetExtension, StringComparison.OrdinalIgnoreCase) ? TableFormat.Parquet : TableFormat.Csv;

    /// <summary>
    /// The table's file in <paramref name="folder"/>, in whichever format it was written, or null when there is none.
    /// </summary>
    /// <exception cref="ConfigurationException">The folder holds the table in both formats (which one to read is not ours to guess).</exception>
    public string? Find(string folder)
    {
        var present = Formats.Select(f => PathIn(folder, f)).Where(File.Exists).ToList();
        if (present.Count > 1)
            throw new ConfigurationException(
                $"both {string.Join(" and ", present.Select(Path.GetFileName))} are in '{folder}': a results folder holds each table " +
                "in one format; remove the one not written by the run you mean (its run.json lists its outputs)");
        return present.Count == 1 ? present[0] : null;
    }

    /// <summary>The table's file in <paramref name="folder"/>, in whichever format it was written.</summary>
    /// <exception cref="ConfigurationException">The table is missing, or present in both formats.</exception>
    public string Locate(string folder) =>
        Find(folder) ?? throw new ConfigurationException(
            $"{string.Join(" (or ", FileNames)}{(FileNames.Count > 1 ? ")" : "")} is missing in '{folder}'");

    /// <summary>Streams the rows of the table in <paramref name="folder"/>, CSV or Parquet (<see cref="Locate"/>).</summary>
    /// <exception cref="ConfigurationException">The table is missing, in both formats, or malformed.</exception>
    public IEnumerable<TRow> ReadIn(string folder) => Read(Locate(folder));

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> atomically, in the format of its extension.</summary>
    public void Write(string path, IEnumerable<TRow> rows)
    {
        using var writer = Open(path);
        writer.Write(rows);
        writer.Commit();
    }

    /// <summary>Writes <paramref name="rows"/> into <paramref name="folder"/> in <paramref name="format"/>; returns the path.</summary>
    public string WriteIn(string folder, IEnumerable<TRow> rows, TableFormat format = TableFormat.Csv)
    {
        var path = PathIn(folder, format);
        Write(path, rows);
        return path;
    }

    /// <summary>
    /// Opens a streamed, atomic writer in the format of <paramref name="path"/>'s extension (the file appears under its
    /// name on <see cref="ResultTableWriter{TRow}.Commit"/>). A run without rows still leaves a well-formed, empty table.
    /// </summary>
    /// <exception cref="InvalidOperationException">A <c>.parquet</c> path for a table that is CSV only.</exception>
    public ResultTableWriter<TRow> Open(string path) => new(FormatOf(path) switch
    {
        TableFormat.Parquet => new ParquetTableRowWriter<TRow>(path, _parquet?.Value ?? throw new InvalidOperationException($"{FileName} is written as CSV only")),
        _ => new CsvTableRowWriter<TRow>(path, this),
    });

    /// <summary>Opens a streamed, atomic writer for the table in <paramref name="folder"/> in <paramref name="format"/>.</summary>
    public ResultTableWriter<TRow> OpenIn(string folder, TableFormat format) => Open(PathIn(folder, format));

    /// <summary>
    /// Streams the rows of <paramref name="path"/> (read afresh on each enumeration), CSV or Parquet by its extension.
    /// A missing column or a malformed cell raises <see cref="ConfigurationException"/> naming the file (and, in a CSV, the line).
    /// </summary>
    public IEnumerable<TRow> Read(string path) =>
        FormatOf(path) == TableFormat.Parquet && _parquet is not null ? ParquetTableReader.Read(path, _parquet.Value) : ReadCsv(path);

    private const string ParquetExtension = ".parquet";

    private IEnumerable<TRow> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, AtomicFile.Utf8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, ReadConfiguration(path));
        CsvCells.Register(csv.Context);
        csv.Context.RegisterClassMap(Map);
        CsvLayout<TRow>.RowReader? rows = null;
        while (true)
        {
            TRow row;
            try
            {
                if (!csv.Read()) yield break;
                if (rows is null)
                {
                    csv.ReadHeader();
                    csv.ValidateHeader<TRow>();
                    rows = Csv.Bind(csv);
                    continue;
                }
                row = rows.Read();
            }
            catch (CsvHelperException ex)
            {
                throw Malformed(path, csv, ex);
            }
            yield return row;
        }
    }

    /// <summary>The reading dialect: GovText's own, header required and checked.</summary>
    internal static CsvConfiguration ReadConfiguration(string path) => new(CultureInfo.InvariantCulture)
    {
        // No NewLine: CsvHelper then takes \r\n, \n or \r, so a table re-saved on Windows (RFC 4180 CRLF) reads the same.
        HasHeaderRecord = true,
        DetectColumnCountChanges = false,
        TrimOptions = TrimOptions.None,
        HeaderValidated = args =>
        {
            var missing = args.InvalidHeaders.SelectMany(h => h.Names).ToList();
            if (missing.Count > 0)
                throw new ConfigurationException(
                    $"missing column(s) {string.Join(", ", missing)}; the header is: {string.Join(",", args.Context.Reader?.HeaderRecord ?? [])}", path);
        },
        MissingFieldFound = null,
    };

    internal static ConfigurationException Malformed(string path, CsvReader csv, CsvHelperException ex)
    {
        var line = csv.Parser.RawRow > 0 ? csv.Parser.RawRow : (int?)null;
        return new ConfigurationException("cannot read this row: " + ex.Message.Split('\n')[0].Trim(), path, line, ex);
    }
}
