namespace GovText.Core.Output;

/// <summary>The absolute path with every symbolic link on the way resolved (the missing tail kept as written).</summary>
public static class RealPath
{
    /// <summary>Resolves <paramref name="path"/>; a link loop or more than 40 links gives the path as far as resolved.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hops = 0; hops < 40; hops++)
        {
            var resolved = ResolveFirstLink(full);
            if (resolved is null) return full;
            full = resolved;
        }
        return full;
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or inside it (both real paths).</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        var a = inner.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var b = outer.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return a.StartsWith(b, StringComparison.Ordinal);
    }

    // The path with its first symbolic link (from the root down) replaced by the link's target, or null if there is none.
    private static string? ResolveFirstLink(string full)
    {
        var root = Path.GetPathRoot(full)!;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists) return null;
            if (info.LinkTarget is { } target)
            {
                var resolved = Path.GetFullPath(target, current);
                return Path.GetFullPath(Path.Combine([resolved, .. parts[(i + 1)..]]));
            }
            current = next;
        }
        return null;
    }
}
