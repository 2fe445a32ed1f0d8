namespace GovText.Core.Errors;

/// <summary>"Did you mean" for names a user typed: the closest known name within a small edit distance.</summary>
public static class Suggestions
{
    /// <summary>True when <paramref name="typed"/> differs from <paramref name="known"/> by a typo: one edit (two for names over six characters), a swap of neighbours counting as one.</summary>
    public static bool IsClose(string typed, string known)
    {
        if (typed == known) return false;
        var limit = known.Length > 6 ? 2 : 1;
        return Math.Abs(typed.Length - known.Length) <= limit && Distance(typed, known) <= limit;
    }

    /// <summary>
    /// The known name closest to <paramref name="typed"/> (ordinal first on ties), or null when none is close: at most
    /// two edits, fewer than the shorter name's length (leading dashes of options not counted), so <c>--ouput</c>
    /// finds <c>--out</c> but <c>-x</c> finds nothing.
    /// </summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var bare = typed.TrimStart('-');
        return known
            .Select(k => (Name: k, Distance: Distance(bare, k.TrimStart('-'))))
            .Where(k => k.Name != typed && k.Distance <= 2 && k.Distance < Math.Min(bare.Length, k.Name.TrimStart('-').Length))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Select(k => k.Name).FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
