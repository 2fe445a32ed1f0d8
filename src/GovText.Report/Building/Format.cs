using System.Globalization;

namespace GovText.Report.Building;

/// <summary>How the report prints numbers: invariant culture, thousands separators, fixed decimals, a dash for undefined.</summary>
internal static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>What an undefined value (empty cell, NaN) shows.</summary>
    public const string Undefined = "–";

    public static string Integer(long value) => value.ToString("N0", Invariant);

    public static string Integer(double? value) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v).ToString("N0", Invariant) : Undefined;

    /// <summary>A rate or statistic with <paramref name="decimals"/> decimals.</summary>
    public static string Fixed(double? value, int decimals) =>
        value is { } v && double.IsFinite(v) ? v.ToString("N" + decimals.ToString(Invariant), Invariant) : Undefined;

    /// <summary>A p value: fixed above 0.001, scientific below (p reaches 1e-300).</summary>
    public static string P(double? value) => value switch
    {
        null => Undefined,
        { } v when !double.IsFinite(v) => Undefined,
        0 => "0",
        >= 0.001 => value.Value.ToString("0.000", Invariant),
        _ => value.Value.ToString("0.0E+0", Invariant),
    };

    /// <summary>A byte size: B, KB, MB (powers of 1,024).</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(Invariant) + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", Invariant) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.0", Invariant) + " MB",
    };

    /// <summary>"1 document" / "3 documents".</summary>
    public static string Count(long n, string singular, string plural) => Integer(n) + " " + (n == 1 ? singular : plural);
}
