namespace GovText.Core.Corpus;

/// <summary>
/// Lists a corpus folder's files recursively in ordinal order of their relative paths ('/' separators), leaving
/// out hidden files and folders (names starting with '.') and the manifest file itself. Every other entry met is
/// either returned as a file to read or accounted for in <see cref="Result.Unread"/>: a folder that cannot be listed,
/// a name that is not valid Unicode, a FIFO or device, a symbolic link whose target leaves the corpus.
/// </summary>
public static class CorpusScanner
{
    /// <summary>The files to read and the entries that are not read, each in ordinal path order.</summary>
    /// <param name="Files">Relative paths of the files to read.</param>
    /// <param name="Unread">Entries skipped or failed, with the reason.</param>
    public sealed record Result(List<string> Files, List<ScannedEntry> Unread);

    /// <summary>Relative paths of the files under <paramref name="corpusDir"/>, ordinal order.</summary>
    public static List<string> Scan(string corpusDir, string? manifestFile) => ScanAll(corpusDir, manifestFile).Files;

    /// <summary>Scans <paramref name="corpusDir"/>, accounting for every entry met.</summary>
    public static Result ScanAll(string corpusDir, string? manifestFile)
    {
        var root = Path.GetFullPath(corpusDir);
        var realRoot = RealPath.Of(root);
        var manifest = manifestFile is null ? null : Path.GetFullPath(manifestFile);
        var found = new List<string>();
        var unread = new List<ScannedEntry>();
        var pending = new Stack<string>();
        pending.Push(root);
        string Relative(string full) => Path.GetRelativePath(root, full).Replace('\\', '/');
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                // Only this folder's files are lost; the rest of the corpus is read.
                var what = ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
                unread.Add(new(Relative(dir) + "/", $"cannot list the folder ({what}): the files in it are not read; make it readable (chmod) or move them out", true));
                continue;
            }
            foreach (var entry in entries)
            {
                var relative = Relative(entry.FullName);
                // Checked first: such an entry cannot even be looked up by its decoded name, so its attributes are unknown.
                if (entry.Name.Contains('\uFFFD'))
                {
                    unread.Add(new(relative,
                        "the name is not valid UTF-8 (shown with U+FFFD), so the file cannot be opened by this name: rename it (e.g. convmv -f GBK -t UTF-8)", true));
                    continue;
                }
                if (entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden)) continue;
                if (entry is DirectoryInfo sub)
                {
                    // Symbolic links to folders are not followed: they could loop or leave the corpus.
                    if (sub.LinkTarget is null) pending.Push(sub.FullName);
                    else unread.Add(new(relative + "/", "symbolic link to a folder: not followed (it could loop or leave the corpus)", false));
                    continue;
                }
                if (string.Equals(entry.FullName, manifest, StringComparison.Ordinal)) continue;
                // Before the link check, so a link to /dev/zero is named as the device it opens.
                if (FileKind.Describe(entry.FullName) is { } kind)
                {
                    var through = entry.LinkTarget is { } target ? $", through a symbolic link to {target}" : "";
                    unread.Add(new(relative, $"not a regular file ({kind}{through}): not read", false));
                    continue;
                }
                if (entry.LinkTarget is not null && !RealPath.IsSameOrInside(SafeRealPath(entry.FullName), realRoot))
                {
                    unread.Add(new(relative, "symbolic link to a file outside the corpus folder: not read (list a copy of the file instead)", false));
                    continue;
                }
                found.Add(relative);
            }
        }
        found.Sort(StringComparer.Ordinal);
        unread.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new Result(found, unread);
    }

    private static string SafeRealPath(string path)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (IOException)
        {
            return path + "\0loop";
        }
    }
}
