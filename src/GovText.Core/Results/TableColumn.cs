using System.Reflection;
using CsvHelper.Configuration;

namespace GovText.Core.Results;

/// <summary>
/// One column of a <see cref="TableMap{TRow}"/>: a property of the row record, as CsvHelper's non-generic
/// <see cref="MemberMap"/>, whose settings (name, index, converter, default, optional) every reader and writer takes
/// from <see cref="MemberMap.Data"/>.
/// </summary>
internal sealed class TableColumn : MemberMap
{
    /// <summary>The column of <paramref name="property"/>.</summary>
    public TableColumn(PropertyInfo property)
    {
        Data = new MemberMapData(property);
        TypeConverterOption = new MemberMapTypeConverterOption(this);
    }

    /// <inheritdoc />
    public override MemberMapTypeConverterOption TypeConverterOption { get; }
}
