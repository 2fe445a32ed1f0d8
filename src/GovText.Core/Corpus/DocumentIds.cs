using System.Text;

namespace GovText.Core.Corpus;

/// <summary>
/// Ids for files the manifest does not list. Candidates, in order, the first one free wins:
/// the file name without extension (only when no other unlisted file has the same one), then
/// <c>name-ext</c> (so <c>paper.pdf</c> and <c>paper.docx</c> become <c>paper-pdf</c> and <c>paper-docx</c>), then the
/// relative path with '/' as '-' plus <c>-ext</c>, then that with <c>-2</c>, <c>-3</c>, … in ordinal path order.
/// Characters other than letters, digits, '-', '_' and '.' become '-'. Manifest ids are never reused.
/// </summary>
public static class DocumentIds
{
    /// <summary>
    /// The longest id, in UTF-8 bytes. An id names <c>text/&lt;id&gt;.txt</c> and its temporary file while it is
    /// written, and file systems allow 255 bytes per name; 200 leaves room for both. Longer derived ids are cut at
    /// a character boundary (and made unique as usual); a longer manifest id is an error.
    /// </summary>
    public const int MaxIdBytes = 200;

    /// <summary>Assigns ids to <paramref name="paths"/> (ordinal order), avoiding <paramref name="taken"/>.</summary>
    public static Dictionary<string, string> Assign(IReadOnlyList<string> paths, IEnumerable<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        var stems = paths.GroupBy(p => Slug(Path.GetFileNameWithoutExtension(p)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            var stem = Slug(Path.GetFileNameWithoutExtension(path));
            var ext = Slug(Path.GetExtension(path).TrimStart('.').ToLowerInvariant());
            var withExt = ext.Length == 0 ? stem : stem + "-" + ext;
            var withDir = Fit(Slug(Path.ChangeExtension(path, null)!.Replace('/', '-')) + (ext.Length == 0 ? "" : "-" + ext), 12);
            withExt = Fit(withExt, 0);
            string? id = null;
            if (stems[stem] == 1 && !used.Contains(stem)) id = stem;
            else if (!used.Contains(withExt)) id = withExt;
            else if (!used.Contains(withDir)) id = withDir;
            for (var n = 2; id is null; n++)
            {
                if (!used.Contains(withDir + "-" + n)) id = withDir + "-" + n;
            }
            used.Add(id);
            ids[path] = id;
        }
        return ids;
    }

    /// <summary>Makes <paramref name="name"/> safe as an id and file name.</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var ok = char.IsLetterOrDigit(c) || c is '-' or '_' or '.';
            if (ok) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = Fit(sb.ToString().Trim('-', '.'), 0);
        return slug.Length == 0 ? "doc" : slug;
    }

    // Cuts to MaxIdBytes - reserve UTF-8 bytes without splitting a character (a surrogate pair stays whole).
    private static string Fit(string id, int reserve)
    {
        var limit = MaxIdBytes - reserve;
        if (Encoding.UTF8.GetByteCount(id) <= limit) return id;
        var bytes = 0;
        var end = 0;
        while (end < id.Length)
        {
            var width = char.IsHighSurrogate(id[end]) && end + 1 < id.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(id.AsSpan(end, width));
            if (bytes + size > limit) break;
            bytes += size;
            end += width;
        }
        return id[..end].TrimEnd('-', '.');
    }
}
