using System.Reflection;
using CsvHelper.Configuration;

namespace GovText.Core.Results;

/// <summary>
/// The columns of one results table, in file order: each is a property of the row record under its column name. The
/// single definition that CSV writing and reading (<see cref="ResultTable{TRow}"/>) and the Parquet layout derive from.
/// </summary>
/// <remarks>
/// Columns are added with <see cref="Column"/> rather than CsvHelper's <c>Map(r =&gt; r.Property)</c>: that creates each
/// column as a <c>MemberMap&lt;TRow, TProperty&gt;</c> through an expression tree compiled at run time (one generated
/// method per row and property type) plus that generic class's code for every value type, all of it JIT-compiled on
/// every run, which a ReadyToRun image cannot hold (docs/performance.md, start-up). The columns are the same.
/// </remarks>
/// <typeparam name="TRow">The table's row record.</typeparam>
public abstract class TableMap<TRow> : ClassMap<TRow>
{
    /// <summary>Maps the property <paramref name="property"/> of the row record to the next column, named <paramref name="name"/>.</summary>
    /// <param name="property">The property's name (<c>nameof(Row.Property)</c>).</param>
    /// <param name="name">The column name in the file.</param>
    /// <returns>The column, for its converter, default or optionality.</returns>
    /// <exception cref="ArgumentException">The row record has no public property <paramref name="property"/>.</exception>
    protected MemberMap Column(string property, string name)
    {
        var member = typeof(TRow).GetProperty(property, BindingFlags.Instance | BindingFlags.Public)
            ?? throw new ArgumentException($"{typeof(TRow).Name} has no public property {property}", nameof(property));
        var column = new TableColumn(member);
        column.Name(name).Index(MemberMaps.Count);
        MemberMaps.Add(column);
        return column;
    }
}
