using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using GovText.Core.Errors;
using GovText.Core.Output;
using ConfigurationException = GovText.Core.Errors.ConfigurationException;

namespace GovText.Core.Results;

/// <summary>
/// One CSV file of a results folder: its name and its <see cref="ClassMap{TClass}"/>, the single definition both the
/// writer and the reader use, so a file always reads back into the rows that wrote it.
/// </summary>
/// <typeparam name="TRow">The file's row record.</typeparam>
public sealed class ResultTable<TRow>
{
    /// <summary>Defines the file <paramref name="fileName"/> with columns <paramref name="map"/>.</summary>
    public ResultTable(string fileName, ClassMap<TRow> map)
    {
        FileName = fileName;
        Map = map;
    }

    /// <summary>The file name in a results folder.</summary>
    public string FileName { get; }

    /// <summary>The columns.</summary>
    public ClassMap<TRow> Map { get; }

    /// <summary>The file's path in <paramref name="folder"/>.</summary>
    public string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> atomically, header first.</summary>
    public void Write(string path, IEnumerable<TRow> rows) =>
        CsvOutput.Write(path, csv =>
        {
            csv.Context.RegisterClassMap(Map);
            csv.WriteHeader<TRow>();
            csv.NextRecord();
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
                csv.NextRecord();
            }
        });

    /// <summary>Writes <paramref name="rows"/> into <paramref name="folder"/> under <see cref="FileName"/>; returns the path.</summary>
    public string WriteIn(string folder, IEnumerable<TRow> rows)
    {
        var path = PathIn(folder);
        Write(path, rows);
        return path;
    }

    /// <summary>
    /// Opens a streamed, atomic writer (the file appears under its name on <see cref="ResultTableWriter{TRow}.Commit"/>).
    /// The header is written at once, so a run without rows still leaves a well-formed, empty table.
    /// </summary>
    public ResultTableWriter<TRow> Open(string path) => new(path, Map);

    /// <summary>
    /// Streams the rows of <paramref name="path"/> (read afresh on each enumeration). A missing column or a malformed
    /// cell raises <see cref="ConfigurationException"/> naming the file and line.
    /// </summary>
    public IEnumerable<TRow> Read(string path)
    {
        using var reader = new StreamReader(path, AtomicFile.Utf8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, ReadConfiguration(path));
        csv.Context.RegisterClassMap(Map);
        while (true)
        {
            TRow row;
            try
            {
                if (!csv.Read()) yield break;
                if (csv.HeaderRecord is null)
                {
                    csv.ReadHeader();
                    csv.ValidateHeader<TRow>();
                    continue;
                }
                row = csv.GetRecord<TRow>();
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
