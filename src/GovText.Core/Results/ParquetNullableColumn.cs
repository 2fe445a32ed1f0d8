using System.Reflection;
using Parquet;
using Parquet.Schema;

namespace GovText.Core.Results;

/// <summary>An optional number column (null where the CSV cell is empty): <c>int32</c>, <c>int64</c> or <c>double</c>.</summary>
/// <typeparam name="TRow">The table's row record.</typeparam>
/// <typeparam name="T">The property's type without <see cref="Nullable{T}"/>.</typeparam>
internal sealed class ParquetNullableColumn<TRow, T> : ParquetColumn<TRow> where T : struct
{
    private readonly Func<TRow, T?> _get;
    private readonly Action<TRow, T?> _set;
    private T?[] _values = new T?[1024];
    private int _count;

    /// <summary>The column <paramref name="name"/> for <paramref name="property"/>.</summary>
    public ParquetNullableColumn(string name, PropertyInfo property)
    {
        _get = property.GetMethod!.CreateDelegate<Func<TRow, T?>>();
        _set = property.SetMethod!.CreateDelegate<Action<TRow, T?>>();
        Field = new DataField<T?>(name, nullable: true);
    }

    /// <inheritdoc />
    public override DataField Field { get; }

    /// <inheritdoc />
    public override void Add(TRow row)
    {
        if (_count == _values.Length) Array.Resize(ref _values, _count * 2);
        _values[_count++] = _get(row);
    }

    /// <inheritdoc />
    public override async Task WriteAsync(ParquetRowGroupWriter group)
    {
        await group.WriteAsync(Field, new ReadOnlyMemory<T?>(_values, 0, _count));
        _count = 0;
    }

    /// <inheritdoc />
    public override async Task ReadAsync(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (_values.Length < rows) _values = new T?[rows];
        await group.ReadAsync(field, _values.AsMemory(0, rows));
    }

    /// <inheritdoc />
    public override void Set(TRow row, int index) => _set(row, _values[index]);
}
