using System.Globalization;
using System.Text.RegularExpressions;

namespace GovText.Core.Ingestion;

/// <summary>
/// Infers a document's year from full dates stated near the start of its text (the first
/// <see cref="Cleaning.TextCleaner.HeadChars"/> characters, before boilerplate removal but never past a footer that a tail rule removes): ISO-like dates
/// (<c>2024-10-22</c>, <c>2024/10/22</c>), English month-name dates (<c>March 17, 2021</c>, <c>Oct. 19, 2017</c>,
/// <c>17 March 2021</c>) and Chinese dates (<c>2021年3月17日</c>, <c>2021年3月</c>). A bare year never counts.
/// If the dates found name more than one year, no year is inferred.
/// </summary>
public static partial class YearInference
{
    /// <summary>The single year the full dates in <paramref name="head"/> agree on, or null.</summary>
    public static int? Infer(string head)
    {
        var years = new SortedSet<int>();
        foreach (Match m in Iso().Matches(head)) AddIfValid(years, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        if (MayHoldMonth(head))
        {
            foreach (Match m in MonthFirst().Matches(head)) AddIfValid(years, m.Groups["y"].Value, Month(m.Groups["mon"].Value), m.Groups["d"].Value);
            foreach (Match m in DayFirst().Matches(head)) AddIfValid(years, m.Groups["y"].Value, Month(m.Groups["mon"].Value), m.Groups["d"].Value);
        }
        foreach (Match m in Chinese().Matches(head))
            AddIfValid(years, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Success ? m.Groups["d"].Value : "1");
        return years.Count == 1 ? years.Min : null;
    }

    /// <summary>
    /// False when <paramref name="head"/> holds no month name, so that neither month-name pattern can match: every name
    /// contains one of these stems, which avoid the letters (?i) also equates with non-ASCII ones (k, s, i). A Chinese head
    /// then skips two scans whose every digit would start a match attempt.
    /// </summary>
    internal static bool MayHoldMonth(string head) => head.AsSpan().ContainsAny(MonthStems);

    private static readonly System.Buffers.SearchValues<string> MonthStems = System.Buffers.SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "ep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    private static void AddIfValid(SortedSet<int> years, string y, string m, string d)
    {
        var year = int.Parse(y, CultureInfo.InvariantCulture);
        var month = int.Parse(m, CultureInfo.InvariantCulture);
        var day = int.Parse(d, CultureInfo.InvariantCulture);
        if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)) years.Add(year);
    }

    private static string Month(string name) =>
        (Array.FindIndex(MonthNames, n => name.StartsWith(n, StringComparison.OrdinalIgnoreCase)) + 1).ToString(CultureInfo.InvariantCulture);

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const string MonthPattern =
        "(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20)\d{2})([-/.])(?<m>0?[1-9]|1[0-2])\1(?<d>0?[1-9]|[12]\d|3[01])(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b" + MonthPattern + @"\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"(?<!\d)(?<d>[0-3]?\d)\s+" + MonthPattern + @"\.?,?\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*年\s*(?<m>[01]?\d)\s*月(?:\s*(?<d>[0-3]?\d)\s*[日号])?", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();
}
