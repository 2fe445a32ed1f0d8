namespace GovText.Core.Corpus;

/// <summary>
/// Lists a corpus folder's files recursively in ordinal order of their relative paths ('/' separators), leaving
/// out hidden files and folders (names starting with '.') and the manifest file itself.
/// </summary>
public static class CorpusScanner
{
    /// <summary>Relative paths of the files under <paramref name="corpusDir"/>, ordinal order.</summary>
    public static List<string> Scan(string corpusDir, string? manifestFile)
    {
        var root = Path.GetFullPath(corpusDir);
        var manifest = manifestFile is null ? null : Path.GetFullPath(manifestFile);
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden)) continue;
                if (entry is DirectoryInfo sub)
                {
                    // Symbolic links to folders are not followed: they could loop or leave the corpus.
                    if (sub.LinkTarget is null) pending.Push(sub.FullName);
                    continue;
                }
                if (string.Equals(entry.FullName, manifest, StringComparison.Ordinal)) continue;
                found.Add(Path.GetRelativePath(root, entry.FullName).Replace('\\', '/'));
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
