using System.Globalization;
using GovText.Core.Errors;
using GovText.Core.Results;

namespace GovText.Core.Comparison;

/// <summary>
/// A document selection: <c>COLUMN=VALUE[,VALUE…]</c> (exact, ordinal, trimmed) or <c>COLUMN=LOW..HIGH</c>
/// (inclusive numeric range; either bound may be omitted: <c>year=2013..</c>).
/// </summary>
public sealed record DocumentFilter
{
    private DocumentFilter(string column, IReadOnlyList<string>? values, double? low, double? high, string text)
    {
        Column = column;
        Values = values;
        Low = low;
        High = high;
        Text = text;
    }

    /// <summary>The documents.csv column the filter tests.</summary>
    public string Column { get; }

    /// <summary>Accepted values, or null for a range.</summary>
    public IReadOnlyList<string>? Values { get; }

    /// <summary>Inclusive lower bound of a range (null: unbounded).</summary>
    public double? Low { get; }

    /// <summary>Inclusive upper bound of a range (null: unbounded).</summary>
    public double? High { get; }

    /// <summary>True for a numeric range filter.</summary>
    public bool IsRange => Values is null;

    /// <summary>The filter as the user wrote it.</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; <paramref name="setting"/> (<c>target</c> or <c>reference</c>) is the setting errors name.</summary>
    /// <exception cref="ConfigurationException">The text is not <c>COLUMN=VALUE[,VALUE…]</c> or <c>COLUMN=LOW..HIGH</c>.</exception>
    public static DocumentFilter Parse(string text, string setting)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
            throw ConfigurationException.ForSetting(setting, $"document filter '{text}': expected COLUMN=VALUE[,VALUE...] or COLUMN=LOW..HIGH, e.g. year=2013..2025");
        var column = text[..eq].Trim();
        var spec = text[(eq + 1)..].Trim();
        if (column.Length == 0 || spec.Length == 0)
            throw ConfigurationException.ForSetting(setting, $"document filter '{text}': both the column and the value are needed, e.g. source=gwr or year=2013..2025");

        var dots = spec.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0)
        {
            var low = ParseBound(spec[..dots], text, setting);
            var high = ParseBound(spec[(dots + 2)..], text, setting);
            if (low is null && high is null)
                throw ConfigurationException.ForSetting(setting, $"document filter '{text}': a range needs at least one bound, e.g. year=2013..2025");
            if (low > high)
                throw ConfigurationException.ForSetting(setting, $"document filter '{text}': the lower bound {low} is above the upper bound {high}");
            return new DocumentFilter(column, null, low, high, text);
        }

        var values = spec.Split(',').Select(v => v.Trim()).ToList();
        if (values.Any(v => v.Length == 0))
            throw ConfigurationException.ForSetting(setting, $"document filter '{text}': empty value in the list");
        return new DocumentFilter(column, values, null, null, text);
    }

    /// <summary>Fails unless <see cref="Column"/> is one of <paramref name="columns"/>.</summary>
    /// <exception cref="ConfigurationException">The column is unknown; the message lists the known ones.</exception>
    public void Validate(IReadOnlyList<string> columns, string setting)
    {
        if (!columns.Contains(Column, StringComparer.Ordinal))
            throw ConfigurationException.ForSetting(setting,
                $"document filter '{Text}': documents.csv has no column '{Column}'; columns are: {string.Join(", ", columns)}");
    }

    /// <summary>
    /// True when the document is selected, false when it is not, null when it cannot be decided: its value is
    /// empty, or not a number for a range filter. Undecided documents belong to neither side of a comparison.
    /// </summary>
    public bool? Evaluate(DocumentRow document)
    {
        var value = document.Get(Column);
        if (value.Length == 0) return null;
        if (Values is not null) return Values.Contains(value, StringComparer.Ordinal);
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)) return null;
        return (Low is null || x >= Low) && (High is null || x <= High);
    }

    private static double? ParseBound(string text, string whole, string setting)
    {
        text = text.Trim();
        if (text.Length == 0) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
        throw ConfigurationException.ForSetting(setting, $"document filter '{whole}': range bound '{text}' is not a number");
    }
}
