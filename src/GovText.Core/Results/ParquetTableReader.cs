using Parquet;
using Parquet.Schema;
using GovText.Core.Errors;

namespace GovText.Core.Results;

/// <summary>
/// Streams the rows of a Parquet table one row group at a time, so reading needs no more memory than writing did.
/// Every column the layout maps must be in the file with the type GovText writes; anything else is a
/// <see cref="ConfigurationException"/> naming the file.
/// </summary>
internal static class ParquetTableReader
{
    /// <summary>The rows of <paramref name="path"/>, read afresh on each enumeration.</summary>
    public static IEnumerable<TRow> Read<TRow>(string path, ParquetLayout<TRow> layout)
    {
        var reader = Guard(path, () => ParquetReader.CreateAsync(path).GetAwaiter().GetResult());
        try
        {
            var columns = Bind(path, reader.Schema, layout);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                var group = g;
                var rows = Guard(path, () => ReadGroup(reader, group, columns));
                for (var i = 0; i < rows; i++)
                {
                    var row = Activator.CreateInstance<TRow>();
                    foreach (var (column, _) in columns)
                    {
                        // A cell a column cannot take (a language code GovText does not write) names the file and row.
                        try
                        {
                            column.Set(row, i);
                        }
                        catch (FormatException ex)
                        {
                            throw new ConfigurationException($"row group {group}, row {i}, column {column.Field.Name}: {ex.Message}", path, inner: ex);
                        }
                    }
                    yield return row;
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static int ReadGroup<TRow>(ParquetReader reader, int index, IReadOnlyList<(ParquetColumn<TRow> Column, DataField Stored)> columns)
    {
        using var group = reader.OpenRowGroupReader(index);
        var rows = checked((int)group.RowCount);
        foreach (var (column, stored) in columns) column.ReadAsync(group, stored, rows).GetAwaiter().GetResult();
        return rows;
    }

    // Pairs each column GovText expects with the file's; an optional column the file lacks keeps the record's default.
    private static IReadOnlyList<(ParquetColumn<TRow> Column, DataField Stored)> Bind<TRow>(string path, ParquetSchema schema, ParquetLayout<TRow> layout)
    {
        var stored = schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        var columns = layout.NewColumns();
        var missing = columns.Where(c => !c.Optional && !stored.ContainsKey(c.Field.Name)).Select(c => c.Field.Name).ToList();
        if (missing.Count > 0)
            throw new ConfigurationException(
                $"missing column(s) {string.Join(", ", missing)}; the columns are: {string.Join(",", stored.Keys)}", path);
        var bound = new List<(ParquetColumn<TRow>, DataField)>();
        foreach (var column in columns)
        {
            if (!stored.TryGetValue(column.Field.Name, out var field)) continue;
            if (field.ClrType != column.Field.ClrType || field.IsNullable != column.Field.IsNullable || field.IsArray)
                throw new ConfigurationException(
                    $"column {field.Name} is {Describe(field)}, GovText writes it as {Describe(column.Field)}; " +
                    $"write the table again with govtext ({SettingText.Name("table-format", "parquet")})", path);
            bound.Add((column, field));
        }
        return bound;
    }

    private static string Describe(DataField field)
    {
        var type = field.ClrType switch
        {
            var t when t == typeof(ReadOnlyMemory<char>) || t == typeof(string) => "string",
            var t when t == typeof(int) => "int32",
            var t when t == typeof(long) => "int64",
            var t when t == typeof(double) => "double",
            var t => t.Name,
        };
        return (field.IsArray ? "a list of " : "") + type + (field.IsNullable ? " (nullable)" : " (required)");
    }

    // Parquet.Net reports a damaged or foreign file with several exception types; the user needs the file and the reason.
    private static T Guard<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ParquetException or NotSupportedException
                                       or InvalidOperationException or ArgumentException or OverflowException
                                       or IndexOutOfRangeException)
        {
            throw new ConfigurationException("cannot read this Parquet file: " + ex.Message.Split('\n')[0].Trim(), path, inner: ex);
        }
    }
}
