namespace GovText.Core.Corpus;

/// <summary>
/// The real location of a path: every symbolic link on the way resolved (also one pointing at another link), and,
/// on a case-insensitive file system, each existing component spelled as the folder lists it. Components that do
/// not exist yet are kept as given. Two paths name the same place exactly when their real paths are equal, which is
/// what the check that GovText never writes into a corpus needs: comparing path text misses a symlinked corpus or
/// --out and a different spelling of the same folder.
/// </summary>
public static class RealPath
{
    // As Linux's limit on links followed in one lookup: a loop ends with an error instead of spinning.
    private const int MaxLinks = 40;

    /// <summary>The real absolute path of <paramref name="path"/> (which need not exist).</summary>
    /// <exception cref="IOException">More than 40 links on the way (a loop).</exception>
    public static string Of(string path)
    {
        var pending = new Queue<string>(Split(Path.GetFullPath(path), out var root));
        var current = root;
        var links = 0;
        var exists = true;
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            var next = Path.Combine(current, name);
            if (!exists)
            {
                current = next;
                continue;
            }
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists)
            {
                exists = false;
                current = next;
                continue;
            }
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks) throw new IOException($"too many symbolic links (a loop?) resolving {path}");
                var resolved = Path.GetFullPath(target, current);
                var rest = pending.ToArray();
                pending = new Queue<string>(Split(resolved, out root).Concat(rest));
                current = root;
                continue;
            }
            current = Path.Combine(current, ListedName(current, name));
        }
        return current;
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies inside it (both real paths).</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        var o = outer.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var i = inner.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return i.StartsWith(o, StringComparison.Ordinal);
    }

    private static string[] Split(string full, out string root)
    {
        root = Path.GetPathRoot(full) ?? "/";
        return full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries)
            .Where(c => c != ".").ToArray();
    }

    // On a case-insensitive file system "Corpus" opens the folder listed as "corpus"; the listed name is the real one.
    // Listing a folder costs a stat per entry, and the manifest check resolves every listed file: in a folder of 1,000
    // files that made reading a 50,000-row manifest take ~50 million stats. So the listing is read only when the name
    // with its letters' case swapped also exists, which on a case-sensitive file system (Linux) it almost never does.
    private static string ListedName(string folder, string name)
    {
        var swapped = string.Create(name.Length, name, static (span, n) =>
        {
            for (var i = 0; i < n.Length; i++)
                span[i] = char.IsUpper(n[i]) ? char.ToLowerInvariant(n[i]) : char.IsLower(n[i]) ? char.ToUpperInvariant(n[i]) : n[i];
        });
        if (swapped == name) return name;
        var other = Path.Combine(folder, swapped);
        if (!File.Exists(other) && !Directory.Exists(other)) return name;
        try
        {
            string? insensitive = null;
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                if (entry.Name == name) return name;
                if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase)) insensitive ??= entry.Name;
            }
            return insensitive ?? name;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return name;
        }
    }
}
