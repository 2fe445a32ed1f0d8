using System.Reflection;
using Parquet;
using Parquet.Schema;

namespace GovText.Core.Results;

/// <summary>A required UTF-8 string column (an empty CSV cell is the empty string, as in the record).</summary>
/// <typeparam name="TRow">The table's row record.</typeparam>
internal sealed class ParquetStringColumn<TRow> : ParquetColumn<TRow>
{
    private readonly Func<TRow, string> _get;
    private readonly Action<TRow, string> _set;
    // Written as ReadOnlyMemory<char>: the one element type Parquet.Net 6 dictionary-encodes (its string overload does not).
    private ReadOnlyMemory<char>[] _buffer = new ReadOnlyMemory<char>[1024];
    private int _count;
    private string?[] _values = [];

    /// <summary>The column <paramref name="name"/> for <paramref name="property"/>.</summary>
    public ParquetStringColumn(string name, PropertyInfo property)
        : this(name, property.GetMethod!.CreateDelegate<Func<TRow, string>>(), property.SetMethod!.CreateDelegate<Action<TRow, string>>())
    {
    }

    /// <summary>The column <paramref name="name"/> of a value held as text: <paramref name="get"/> gives it, <paramref name="set"/> takes it.</summary>
    public ParquetStringColumn(string name, Func<TRow, string> get, Action<TRow, string> set)
    {
        _get = get;
        _set = set;
        Field = new DataField<string>(name, nullable: false);
    }

    /// <summary>
    /// The column for a <see cref="Text.Language"/> property: its code as a string, as the CSV cell holds it
    /// (<see cref="CsvCells.LanguageCode"/>), so the two formats keep one text.
    /// </summary>
    public static ParquetStringColumn<TRow> ForLanguage(string name, PropertyInfo property)
    {
        var get = property.GetMethod!.CreateDelegate<Func<TRow, Text.Language>>();
        var set = property.SetMethod!.CreateDelegate<Action<TRow, Text.Language>>();
        return new ParquetStringColumn<TRow>(name, row => get(row).Code, (row, code) => set(row, Text.Language.Parse(code)));
    }

    /// <inheritdoc />
    public override DataField Field { get; }

    /// <inheritdoc />
    public override void Add(TRow row)
    {
        if (_count == _buffer.Length) Array.Resize(ref _buffer, _count * 2);
        _buffer[_count++] = _get(row).AsMemory();
    }

    /// <inheritdoc />
    public override async Task WriteAsync(ParquetRowGroupWriter group)
    {
        await group.WriteAsync(Field, new ReadOnlyMemory<ReadOnlyMemory<char>>(_buffer, 0, _count));
        // Drop the references so the strings of a written group can be collected.
        Array.Clear(_buffer, 0, _count);
        _count = 0;
    }

    /// <inheritdoc />
    public override async Task ReadAsync(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (_values.Length < rows) _values = new string?[rows];
        await group.ReadAsync(field, _values.AsMemory(0, rows));
    }

    /// <inheritdoc />
    public override void Set(TRow row, int index) => _set(row, _values[index]!); // a required column holds no nulls
}
