using CsvHelper;
using CsvHelper.Configuration;
using GovText.Core.Output;

namespace GovText.Core.Results;

/// <summary>A <see cref="ResultTable{TRow}"/> being written row by row to a temporary file, moved into place on <see cref="Commit"/>.</summary>
/// <typeparam name="TRow">The file's row record.</typeparam>
public sealed class ResultTableWriter<TRow> : IDisposable
{
    private readonly AtomicFileWriter _file;
    private readonly CsvWriter _csv;

    internal ResultTableWriter(string path, ClassMap<TRow> map)
    {
        _file = new AtomicFileWriter(path);
        _csv = new CsvWriter(_file.Writer, CsvOutput.Configuration, leaveOpen: true);
        _csv.Context.RegisterClassMap(map);
        _csv.WriteHeader<TRow>();
        _csv.NextRecord();
    }

    /// <summary>The final path.</summary>
    public string FilePath => _file.FilePath;

    /// <summary>Appends rows.</summary>
    public void Write(IEnumerable<TRow> rows)
    {
        foreach (var row in rows)
        {
            _csv.WriteRecord(row);
            _csv.NextRecord();
        }
    }

    /// <summary>Flushes and moves the file into place.</summary>
    public void Commit()
    {
        _csv.Flush();
        _file.Commit();
    }

    /// <summary>Abandons the file unless committed.</summary>
    public void Dispose()
    {
        _csv.Dispose();
        _file.Dispose();
    }
}
