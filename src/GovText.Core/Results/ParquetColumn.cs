using System.Reflection;
using Parquet;
using Parquet.Schema;

namespace GovText.Core.Results;

/// <summary>
/// One column of a Parquet table bound to a property of its row record: buffers a row group's values when writing,
/// holds a row group's values when reading. Built from the CSV map's member (<see cref="ParquetLayout{TRow}"/>), so
/// both formats share one definition of names, order and types.
/// </summary>
/// <typeparam name="TRow">The table's row record.</typeparam>
internal abstract class ParquetColumn<TRow>
{
    /// <summary>The column in the file's schema.</summary>
    public abstract DataField Field { get; }

    /// <summary>True when a file may lack the column (read as the record's default).</summary>
    public bool Optional { get; private set; }

    /// <summary>Buffers <paramref name="row"/>'s value.</summary>
    public abstract void Add(TRow row);

    /// <summary>Writes the buffered values as this column's chunk of <paramref name="group"/> and empties the buffer.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter group);

    /// <summary>Reads this column's <paramref name="rows"/> values of <paramref name="group"/> (stored as <paramref name="field"/>).</summary>
    public abstract Task ReadAsync(ParquetRowGroupReader group, DataField field, int rows);

    /// <summary>Sets the value at <paramref name="index"/> of the last group read on <paramref name="row"/>.</summary>
    public abstract void Set(TRow row, int index);

    /// <summary>The column for <paramref name="property"/> named <paramref name="name"/>.</summary>
    /// <exception cref="NotSupportedException">The property's type has no Parquet column type here.</exception>
    public static ParquetColumn<TRow> For(string name, PropertyInfo property, bool optional)
    {
        var type = property.PropertyType;
        ParquetColumn<TRow> column;
        if (type == typeof(string)) column = new ParquetStringColumn<TRow>(name, property);
        else if (type == typeof(Text.Language)) column = ParquetStringColumn<TRow>.ForLanguage(name, property);
        else
        {
            var underlying = Nullable.GetUnderlyingType(type);
            if ((underlying ?? type) is var t && t != typeof(int) && t != typeof(long) && t != typeof(double))
                throw new NotSupportedException($"{typeof(TRow).Name}.{property.Name}: no Parquet column for {type}");
            var generic = underlying is null
                ? typeof(ParquetValueColumn<,>).MakeGenericType(typeof(TRow), type)
                : typeof(ParquetNullableColumn<,>).MakeGenericType(typeof(TRow), underlying);
            column = (ParquetColumn<TRow>)Activator.CreateInstance(generic, name, property)!;
        }
        column.Optional = optional;
        return column;
    }
}
