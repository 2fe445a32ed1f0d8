using System.Text;

/// <summary>The benchmark input: the work-report corpus from ../shared (next to the repository), as lines.</summary>
internal static class BenchCorpus
{
    public static string Directory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovText.sln"))) dir = dir.Parent;
        var root = dir?.FullName ?? throw new InvalidOperationException("GovText.sln not found above " + AppContext.BaseDirectory);
        var gwr = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", "gwr"));
        return System.IO.Directory.Exists(gwr) ? gwr : throw new InvalidOperationException("benchmark corpus not found: " + gwr);
    }

    /// <summary>Every line of every gwr-*.txt file, in name order.</summary>
    public static (string[] Lines, long Utf8Bytes) Load()
    {
        var files = System.IO.Directory.GetFiles(Directory(), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var lines = new List<string>();
        long bytes = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            bytes += Encoding.UTF8.GetByteCount(text);
            lines.AddRange(text.Split('\n'));
        }
        return (lines.ToArray(), bytes);
    }
}
