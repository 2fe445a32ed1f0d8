namespace GovText.Core.Output;

/// <summary>
/// A file written incrementally (for outputs too large to build in memory), as text through <see cref="Writer"/> or
/// as bytes through <see cref="Stream"/>, that appears under its final name only when <see cref="Commit"/> is called;
/// disposing without committing leaves no trace.
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private readonly string _target;
    private readonly string _temp;
    private readonly FileStream _stream;
    private StreamWriter? _writer;
    private bool _done;

    /// <summary>Opens a temporary file next to <paramref name="path"/>.</summary>
    public AtomicFileWriter(string path)
    {
        _target = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(dir);
        _temp = Path.Combine(dir, "." + Path.GetFileName(_target) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>The writer for text content (UTF-8 without BOM, <c>\n</c> line ends); use it or <see cref="Stream"/>, not both.</summary>
    public TextWriter Writer => _writer ??= new StreamWriter(_stream, AtomicFile.Utf8, 1 << 16) { NewLine = "\n" };

    /// <summary>The stream for binary content (seekable); use it or <see cref="Writer"/>, not both.</summary>
    public Stream Stream => _stream;

    /// <summary>The final path of the file.</summary>
    public string FilePath => _target;

    /// <summary>Flushes, closes and moves the file into place.</summary>
    public void Commit()
    {
        if (_done) throw new InvalidOperationException("Already committed or disposed: " + _target);
        _writer?.Flush();
        _writer?.Dispose();
        _stream.Dispose();
        File.Move(_temp, _target, overwrite: true);
        _done = true;
    }

    /// <summary>Abandons the file unless it was committed.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        // The file is abandoned, so its unwritten buffer is not wanted: a flush that fails (the disk is full, the reason
        // for abandoning it) must not keep the handle open, or the deleted file's space stays taken until the process ends.
        try { _writer?.Dispose(); }
        catch (IOException) { }
        finally
        {
            try { _stream.Dispose(); }
            catch (IOException) { }
        }
        try { File.Delete(_temp); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
