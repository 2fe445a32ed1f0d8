using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace GovText.Core.Output;

/// <summary>
/// The one CSV dialect GovText writes: RFC 4180 quoting, comma, <c>\n</c> line ends, UTF-8 without BOM,
/// invariant culture (so 0.5 is never written 0,5), written atomically.
/// </summary>
public static class CsvOutput
{
    /// <summary>The CsvHelper configuration for every GovText CSV.</summary>
    public static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        HasHeaderRecord = true,
    };

    /// <summary>Writes typed records (header from the record's properties, in declaration order).</summary>
    public static void WriteRecords<T>(string path, IEnumerable<T> records) =>
        Write(path, csv => csv.WriteRecords(records));

    /// <summary>Writes a CSV by hand, for files whose columns are only known at run time.</summary>
    public static void Write(string path, Action<CsvWriter> write) =>
        AtomicFile.WriteText(path, writer =>
        {
            using var csv = new CsvWriter(writer, Configuration, leaveOpen: true);
            Results.CsvCells.Register(csv.Context);
            write(csv);
            csv.Flush();
        });

    /// <summary>Formats a double the way every GovText CSV does: invariant, round-trippable, no exponent for ordinary rates.</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "" : value.ToString("0.############", CultureInfo.InvariantCulture);
}
