using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace GovText.Core.Results;

/// <summary>
/// A table's CSV cells, derived from its <see cref="ClassMap{TClass}"/>: writes a row's cells and reads a row back with
/// the map's names, order and type converters, exactly as CsvHelper's <c>WriteRecord</c> and <c>GetRecord</c> do, but
/// through delegates bound to the record's property accessors. CsvHelper builds its record writers and readers as
/// expression trees and compiles them, one method per column for every <see cref="CsvWriter"/> and
/// <see cref="CsvReader"/> it opens (each worker's formatters, each table read back for the report): about 150 methods
/// generated and JIT-compiled on every <c>analyze</c> of the sample corpus, which no ReadyToRun image can hold
/// (docs/performance.md, start-up). Headers are still written and checked by CsvHelper from the same map.
/// </summary>
/// <typeparam name="TRow">The table's row record: a class whose mapped members are properties with a getter and a setter.</typeparam>
internal sealed class CsvLayout<TRow>
{
    private readonly Column[] _columns;

    /// <summary>The layout of <paramref name="map"/>'s columns, in the order of their indexes.</summary>
    /// <exception cref="NotSupportedException">The map uses what GovText's tables do not (constants, conversion or validation
    /// expressions, ignored or nested members, constructor parameters), or a member's type has no converter here.</exception>
    public CsvLayout(ClassMap<TRow> map)
    {
        if (map.ParameterMaps.Count > 0 || map.ReferenceMaps.Count > 0)
            throw new NotSupportedException($"{typeof(TRow).Name}: constructor parameters and nested maps are not supported");
        // In index order, as CsvHelper writes them (a stable insertion: the maps are short and mostly in order already).
        var members = new List<MemberMap>();
        foreach (var member in map.MemberMaps)
        {
            var at = members.Count;
            while (at > 0 && members[at - 1].Data.Index > member.Data.Index) at--;
            members.Insert(at, member);
        }
        var converters = new TypeConverterCache();
        CsvCells.Register(converters);
        var options = new TypeConverterOptionsCache();
        _columns = new Column[members.Count];
        for (var i = 0; i < members.Count; i++) _columns[i] = Column.For(members[i].Data, converters, options);
    }

    /// <summary>Writes <paramref name="row"/>'s cells on the current record of <paramref name="csv"/> (the caller ends the record).</summary>
    public void Write(CsvWriter csv, TRow row)
    {
        foreach (var column in _columns)
            csv.WriteConvertedField(column.Data.TypeConverter!.ConvertToString(column.Get(row), csv, column.Data), column.Data.Type);
    }

    /// <summary>
    /// The reader of rows from <paramref name="csv"/>, whose header has been read: each column is looked up by name as
    /// CsvHelper does (a missing optional column keeps the record's default, or the map's default value).
    /// </summary>
    public RowReader Bind(CsvReader csv)
    {
        var indexes = new int[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            var data = _columns[i].Data;
            // CsvHelper passes IsOptional where GetFieldIndex takes isTryGet: a missing optional column is -1 without a callback.
            indexes[i] = csv.Configuration.HasHeaderRecord && (data.IsNameSet || !data.IsIndexSet)
                ? csv.GetFieldIndex(data.Names, data.NameIndex, data.IsOptional)
                : data.Index;
        }
        return new RowReader(_columns, indexes, csv);
    }

    /// <summary>Reads the rows of one open CSV file (<see cref="Bind"/>).</summary>
    public sealed class RowReader
    {
        private readonly Column[] _columns;
        private readonly int[] _indexes;
        private readonly CsvReader _csv;

        internal RowReader(Column[] columns, int[] indexes, CsvReader csv)
        {
            _columns = columns;
            _indexes = indexes;
            _csv = csv;
        }

        /// <summary>The record of the current row.</summary>
        /// <exception cref="CsvHelperException">A cell does not convert (as CsvHelper's <c>GetRecord</c> raises it).</exception>
        public TRow Read()
        {
            try
            {
                var row = Activator.CreateInstance<TRow>();
                for (var i = 0; i < _columns.Length; i++)
                {
                    var column = _columns[i];
                    if (_indexes[i] < 0)
                    {
                        if (column.Data.IsDefaultSet) column.Set(row, column.Default(_csv));
                        continue;
                    }
                    var field = _csv.GetField(_indexes[i]);
                    column.Set(row, column.Data.IsDefaultSet && string.IsNullOrEmpty(field)
                        ? column.Default(_csv)
                        : column.Data.TypeConverter!.ConvertFromString(field, _csv, column.Data));
                }
                return row;
            }
            catch (Exception ex) when (ex is not CsvHelperException)
            {
                // What CsvReader.GetRecord raises for an error that is not CsvHelper's own.
                throw new ReaderException(_csv.Context, "An unexpected error occurred.", ex);
            }
        }
    }

    /// <summary>One mapped property: its map data (name, index, converter and its options) and its accessors.</summary>
    internal sealed class Column
    {
        private Column(MemberMapData data, Func<TRow, object?> get, Action<TRow, object?> set)
        {
            Data = data;
            Get = get;
            Set = set;
        }

        public MemberMapData Data { get; }

        public Func<TRow, object?> Get { get; }

        public Action<TRow, object?> Set { get; }

        /// <summary>The map's default value, converted from text where the member is not a string (as CsvHelper does).</summary>
        public object? Default(CsvReader csv) =>
            Data.Default is string text && Data.Type != typeof(string)
                ? Data.TypeConverter!.ConvertFromString(text, csv, Data)
                : Data.Default;

        public static Column For(MemberMapData data, TypeConverterCache converters, TypeConverterOptionsCache options)
        {
            var property = data.Member as PropertyInfo
                ?? throw new NotSupportedException($"{typeof(TRow).Name}: only properties map to columns");
            if (data.Ignore || data.IsConstantSet || data.ReadingConvertExpression is not null
                || data.WritingConvertExpression is not null || data.ValidateExpression is not null)
                throw new NotSupportedException($"{typeof(TRow).Name}.{property.Name}: ignored, constant, converted or validated members are not supported");
            var type = property.PropertyType;
            // What registering the map on a reader or writer sets, and what CsvHelper merges into the options before
            // its first row: the same converters and options every GovText reader and writer would give the column.
            data.TypeConverter ??= converters.GetConverter(type);
            data.TypeConverterOptions = TypeConverterOptions.Merge(
                new TypeConverterOptions { CultureInfo = CultureInfo.InvariantCulture }, options.GetOptions(type), data.TypeConverterOptions);
            // One branch per type the tables hold: a typed getter and setter bound to the property (no code generated).
            if (type == typeof(string)) return Typed<string>(data, property);
            if (type == typeof(int)) return Typed<int>(data, property);
            if (type == typeof(long)) return Typed<long>(data, property);
            if (type == typeof(double)) return Typed<double>(data, property);
            if (type == typeof(int?)) return Typed<int?>(data, property);
            if (type == typeof(long?)) return Typed<long?>(data, property);
            if (type == typeof(double?)) return Typed<double?>(data, property);
            if (type == typeof(Text.Language)) return Typed<Text.Language>(data, property);
            throw new NotSupportedException($"{typeof(TRow).Name}.{property.Name}: no CSV column for {type}");
        }

        private static Column Typed<T>(MemberMapData data, PropertyInfo property)
        {
            var get = (property.GetMethod ?? throw new NotSupportedException($"{typeof(TRow).Name}.{property.Name} has no getter"))
                .CreateDelegate<Func<TRow, T>>();
            var set = (property.SetMethod ?? throw new NotSupportedException($"{typeof(TRow).Name}.{property.Name} has no setter"))
                .CreateDelegate<Action<TRow, T>>();
            return new Column(data, row => get(row), (row, value) => set(row, (T)value!));
        }
    }
}
