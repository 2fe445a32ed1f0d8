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
            var withDir = Slug(Path.ChangeExtension(path, null)!.Replace('/', '-')) + (ext.Length == 0 ? "" : "-" + ext);
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
        var slug = sb.ToString().Trim('-', '.');
        return slug.Length == 0 ? "doc" : slug;
    }
}
