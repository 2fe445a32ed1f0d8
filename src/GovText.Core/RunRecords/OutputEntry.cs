namespace GovText.Core.RunRecords;

/// <summary>
/// One output of a run as run.json lists it: a file (<c>documents.csv</c>, <c>charts/trend.png</c>) or a folder
/// written as a whole (<c>text/</c>, with its file count and a hash over its files; see <see cref="Fingerprint.Tree"/>).
/// </summary>
/// <param name="Path">Relative to the results folder, <c>/</c>-separated; a folder ends with <c>/</c>.</param>
/// <param name="Bytes">Size in bytes (a folder: of all its files).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file, or of the folder's (path, sha256) list.</param>
/// <param name="Files">For a folder, its number of files; null for a file.</param>
public sealed record OutputEntry(string Path, long Bytes, string Sha256, int? Files = null)
{
    /// <summary>True for a folder written as a whole.</summary>
    public bool IsFolder => Path.EndsWith('/');

    /// <summary>The top-level entry it belongs to: <c>documents.csv</c>, <c>charts/</c>, <c>text/</c>.</summary>
    public string TopLevel => Path.IndexOf('/') is var slash and >= 0 ? Path[..(slash + 1)] : Path;
}
