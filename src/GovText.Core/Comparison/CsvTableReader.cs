using CsvHelper;
using CsvHelper.Configuration;
using GovText.Core.Errors;
using ConfigurationException = GovText.Core.Errors.ConfigurationException;
using GovText.Core.Output;

namespace GovText.Core.Comparison;

/// <summary>Reads GovText CSVs: typed rows through CsvHelper attributes, or header → value dictionaries for open-ended files.</summary>
internal static class CsvTableReader
{
    private static CsvConfiguration ReadConfiguration => new(System.Globalization.CultureInfo.InvariantCulture)
    {
        // No NewLine: CsvHelper then takes \r\n, \n or \r, so a table re-saved on Windows (RFC 4180 CRLF) reads the same.
        HasHeaderRecord = true,
        DetectColumnCountChanges = false,
        TrimOptions = TrimOptions.None,
    };

    public static List<T> ReadRecords<T>(string path)
    {
        try
        {
            using var reader = new StreamReader(path, AtomicFile.Utf8, detectEncodingFromByteOrderMarks: true);
            using var csv = new CsvReader(reader, ReadConfiguration);
            return csv.GetRecords<T>().ToList();
        }
        catch (CsvHelperException ex)
        {
            throw new ConfigurationException("cannot read this table: " + FirstLine(ex.Message), path, inner: ex);
        }
    }

    /// <summary>
    /// Streams typed rows from <paramref name="path"/>, reading the file afresh on each enumeration, for tables too
    /// large to hold in memory. Malformed rows raise <see cref="ConfigurationException"/> naming the file.
    /// </summary>
    public static IEnumerable<T> StreamRecords<T>(string path)
    {
        using var reader = new StreamReader(path, AtomicFile.Utf8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, ReadConfiguration);
        while (true)
        {
            T row;
            try
            {
                if (!csv.Read()) yield break;
                if (csv.HeaderRecord is null)
                {
                    csv.ReadHeader();
                    continue;
                }
                row = csv.GetRecord<T>();
            }
            catch (CsvHelperException ex)
            {
                throw new ConfigurationException("cannot read this table: " + FirstLine(ex.Message), path, inner: ex);
            }
            yield return row;
        }
    }

    /// <summary>Reads the header and every row as column → value.</summary>
    public static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) ReadDictionaries(string path)
    {
        try
        {
            using var reader = new StreamReader(path, AtomicFile.Utf8, detectEncodingFromByteOrderMarks: true);
            using var csv = new CsvReader(reader, ReadConfiguration);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
                throw new ConfigurationException("the file is empty; it needs a header line", path);
            var header = csv.HeaderRecord.Select(h => h.Trim()).ToArray();
            var rows = new List<Dictionary<string, string>>();
            while (csv.Read())
            {
                var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++) row[header[i]] = csv.TryGetField<string>(i, out var v) ? v ?? "" : "";
                rows.Add(row);
            }
            return (header, rows);
        }
        catch (CsvHelperException ex)
        {
            throw new ConfigurationException("cannot read this table: " + FirstLine(ex.Message), path, inner: ex);
        }
    }

    /// <summary>Fails with a <see cref="ConfigurationException"/> unless every one of <paramref name="columns"/> is in <paramref name="header"/>.</summary>
    public static void RequireColumns(string path, IReadOnlyList<string> header, params string[] columns)
    {
        var missing = columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
            throw new ConfigurationException($"missing column(s) {string.Join(", ", missing)}; the header is: {string.Join(",", header)}", path);
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
