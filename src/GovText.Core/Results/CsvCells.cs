using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace GovText.Core.Results;

/// <summary>
/// How numbers that need more than CsvHelper's defaults are written and read: rates and shares without an
/// exponent, statistics round-trippable with one, and an undefined value (NaN) as an empty cell either way;
/// and how a <see cref="Text.Language"/> is a cell (its code).
/// </summary>
internal static class CsvCells
{
    /// <summary>
    /// Makes <paramref name="context"/> write and read every <see cref="Text.Language"/> as its code (<c>zh</c>,
    /// <c>en</c>, ...). Registered on each CsvHelper context GovText opens, so no table maps the column by hand.
    /// </summary>
    public static void Register(CsvContext context) => Register(context.TypeConverterCache);

    /// <summary>Makes <paramref name="converters"/> convert every <see cref="Text.Language"/> to and from its code.</summary>
    public static void Register(TypeConverterCache converters) =>
        converters.AddConverter(typeof(Text.Language), new LanguageCode());

    /// <summary>A language: its code, the text the files have always held.</summary>
    public sealed class LanguageCode : DefaultTypeConverter
    {
        /// <inheritdoc />
        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
            ((Text.Language)value!).Code;

        /// <inheritdoc />
        public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
            Text.Language.TryParse(text, out var language)
                ? language
                : throw new TypeConverterException(this, memberMapData, text, row.Context,
                    Text.Language.UnknownCode(text, Text.Language.All));
    }

    /// <summary>A rate or share: invariant, up to 12 decimals, never an exponent (<see cref="Output.CsvOutput.Number"/>).</summary>
    public sealed class Rate : DefaultTypeConverter
    {
        /// <inheritdoc />
        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
            Output.CsvOutput.Number((double)value!);

        /// <inheritdoc />
        public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
            ParseDouble(text, row, memberMapData);
    }

    /// <summary>A statistic: round-trippable, with an exponent where needed (p values reach 1e-300 and must not print as 0).</summary>
    public sealed class Exact : DefaultTypeConverter
    {
        /// <inheritdoc />
        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData)
        {
            var x = (double)value!;
            return double.IsNaN(x) ? "" : x.ToString("R", CultureInfo.InvariantCulture);
        }

        /// <inheritdoc />
        public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
            ParseDouble(text, row, memberMapData);
    }

    private static double ParseDouble(string? text, IReaderRow row, MemberMapData memberMapData)
    {
        if (string.IsNullOrEmpty(text)) return double.NaN;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        throw new TypeConverterException(new DoubleConverter(), memberMapData, text, row.Context, $"'{text}' is not a number");
    }
}
