using System.Reflection;
using CsvHelper.Configuration;
using System.IO.Compression;
using Parquet;

namespace GovText.Core.Results;

/// <summary>
/// A table's Parquet columns, derived from its CSV <see cref="ClassMap{TClass}"/>: the same names in the same order,
/// typed from the row record's properties (<c>int</c> → int32, <c>long</c> → int64, <c>double</c> → double,
/// <c>string</c> and <see cref="Text.Language"/> (its code) → UTF-8 string; a nullable property is an optional column, null where the CSV cell is empty).
/// One definition per table thus serves both formats, and a Parquet file reads back into the rows that wrote it.
/// </summary>
/// <typeparam name="TRow">The table's row record.</typeparam>
internal sealed class ParquetLayout<TRow>
{
    /// <summary>
    /// Rows per row group: a writer holds at most this many rows' values (a few MB for the widest table), so memory
    /// stays flat however large the table; large enough that readers (arrow, pandas) get long, well-compressed chunks.
    /// </summary>
    public const int RowGroupRows = 131_072;

    private readonly IReadOnlyList<(string Name, PropertyInfo Property, bool Optional)> _members;

    /// <summary>The layout of <paramref name="map"/>'s columns.</summary>
    /// <exception cref="NotSupportedException">A mapped member is not a property of a supported type.</exception>
    public ParquetLayout(ClassMap<TRow> map)
    {
        _members = map.MemberMaps
            .OrderBy(m => m.Data.Index)
            .Select(m => (m.Data.Names[0], m.Data.Member as PropertyInfo
                ?? throw new NotSupportedException($"{typeof(TRow).Name}: only properties map to Parquet columns"), m.Data.IsOptional))
            .ToList();
        // Fail when the table is defined, not when a run first writes it.
        _ = NewColumns();
    }

    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> Names => _members.Select(m => m.Name).ToList();

    /// <summary>Fresh columns (each writer and reader buffers its own values).</summary>
    public IReadOnlyList<ParquetColumn<TRow>> NewColumns() =>
        _members.Select(m => ParquetColumn<TRow>.For(m.Name, m.Property, m.Optional)).ToList();

    /// <summary>
    /// How GovText writes Parquet: zstd at Parquet.Net's <c>Optimal</c> level (measured on the Government Work Reports,
    /// docs/performance.md: as fast to write and read as Snappy and 44 % smaller; Parquet.Net's default zstd level,
    /// <c>SmallestSize</c>, costs ten times the CPU for another fifth off); every string column dictionary-encoded
    /// (Parquet.Net 6 does so only when asked) unless more than 80 % of a row group's values are distinct, where a
    /// dictionary would only add to the file.
    /// </summary>
    public ParquetOptions WriteOptions()
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = CompressionLevel.Optimal };
        foreach (var column in NewColumns().OfType<ParquetStringColumn<TRow>>())
            options.ColumnEncodingHints[column.Field.Path.ToString()] = EncodingHint.Dictionary;
        return options;
    }
}
