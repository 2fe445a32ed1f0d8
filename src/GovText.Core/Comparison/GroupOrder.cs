using System.Globalization;

namespace GovText.Core.Comparison;

/// <summary>
/// Orders group values: numerically when every value is a number (years sort 1999, 2000, 2013, not "1999" &lt; "2000"
/// by accident of width), otherwise ordinally, so the order never depends on the machine's culture.
/// </summary>
public static class GroupOrder
{
    /// <summary>True when every value parses as an invariant-culture number.</summary>
    public static bool AllNumeric(IEnumerable<string> values) =>
        values.All(v => TryNumber(v, out _));

    /// <summary>Returns <paramref name="values"/> distinct and sorted by the rule above.</summary>
    public static IReadOnlyList<string> Sort(IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > 0 && AllNumeric(distinct))
            return distinct.OrderBy(v => Number(v)).ThenBy(v => v, StringComparer.Ordinal).ToList();
        distinct.Sort(StringComparer.Ordinal);
        return distinct;
    }

    /// <summary>Parses an invariant-culture number.</summary>
    public static bool TryNumber(string value, out double number) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);

    private static double Number(string value) => TryNumber(value, out var n) ? n : double.NaN;
}
