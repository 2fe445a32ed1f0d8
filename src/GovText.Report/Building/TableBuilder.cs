using GovText.Report.View;

namespace GovText.Report.Building;

/// <summary>Collects the rows of a <see cref="TableView"/>; a column header starting with <c>#</c> is numeric.</summary>
internal sealed class TableBuilder
{
    private readonly string _caption;
    private readonly string[] _columns;
    private readonly bool[] _numeric;
    private readonly List<IReadOnlyList<TableCell>> _rows = [];

    public TableBuilder(string caption, params string[] columns)
    {
        _caption = caption;
        _numeric = columns.Select(c => c.StartsWith('#')).ToArray();
        _columns = columns.Select(c => c.TrimStart('#')).ToArray();
    }

    public int Count => _rows.Count;

    /// <summary>Adds a row; cells of numeric columns are right-aligned.</summary>
    public TableBuilder Add(params string[] cells) => AddCells(cells.Select(c => new TableCell(c)).ToArray());

    /// <summary>Adds a row of cells with tooltips or explicit alignment.</summary>
    public TableBuilder AddCells(params TableCell[] cells)
    {
        if (cells.Length != _columns.Length)
            throw new ArgumentException($"row has {cells.Length} cells for {_columns.Length} columns", nameof(cells));
        _rows.Add(cells.Select((c, i) => c with { Numeric = c.Numeric || _numeric[i] }).ToArray());
        return this;
    }

    public TableView Build(string note = "") => new(_caption, _columns, _numeric, _rows, note);
}
