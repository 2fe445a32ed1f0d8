namespace GovText.Core.Results;

/// <summary>One format's streamed, atomic writer of a <see cref="ResultTable{TRow}"/> (behind <see cref="ResultTableWriter{TRow}"/>).</summary>
/// <typeparam name="TRow">The table's row record.</typeparam>
internal interface ITableRowWriter<in TRow> : IDisposable
{
    /// <summary>The final path.</summary>
    string FilePath { get; }

    /// <summary>Appends a row.</summary>
    void Write(TRow row);

    /// <summary>Finishes the file and moves it into place.</summary>
    void Commit();
}
