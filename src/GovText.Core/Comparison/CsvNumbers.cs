using System.Globalization;
using GovText.Core.Errors;

namespace GovText.Core.Comparison;

/// <summary>Invariant number formatting and parsing for the comparison CSVs.</summary>
internal static class CsvNumbers
{
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Round-trippable, with an exponent where needed: p values reach 1e-300 and must not print as 0.</summary>
    public static string Exact(double value) =>
        double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    public static long ParseLong(string text, string path, int rowIndex) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ConfigurationException($"'{text}' is not an integer", path, rowIndex + 2);

    /// <summary>An empty cell is NaN (the writers leave undefined values empty).</summary>
    public static double ParseDouble(string text, string path, int rowIndex)
    {
        if (text.Length == 0) return double.NaN;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ConfigurationException($"'{text}' is not a number", path, rowIndex + 2);
    }
}
