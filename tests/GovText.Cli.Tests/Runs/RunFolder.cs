using System.Text.Json.Nodes;

namespace GovText.Cli.Tests.Runs;

/// <summary>A results folder's files as bytes, and its run.json, for comparing runs.</summary>
internal static class RunFolder
{
    /// <summary>Every file under <paramref name="folder"/> but GovText's working folder, by relative path.</summary>
    public static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).StartsWith(".govtext", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>run.json parsed.</summary>
    public static JsonObject Record(string folder) => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "run.json")))!;

    /// <summary>run.json without its timings section, as text.</summary>
    public static string RecordWithoutTimings(string folder)
    {
        var record = Record(folder);
        Assert.NotNull(record["timings"]);
        record.Remove("timings");
        return record.ToJsonString();
    }

    /// <summary>The paths whose bytes differ (or exist on one side only).</summary>
    public static IReadOnlyList<string> Differences(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b) =>
        a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Where(k => !a.TryGetValue(k, out var x) || !b.TryGetValue(k, out var y) || !x.AsSpan().SequenceEqual(y))
            .ToList();

    /// <summary>Where two versions of a file first differ, as text around that point (for failure messages).</summary>
    public static string FirstDifference(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b, string path)
    {
        if (!a.TryGetValue(path, out var x) || !b.TryGetValue(path, out var y)) return path + " exists on one side only";
        var at = 0;
        while (at < x.Length && at < y.Length && x[at] == y[at]) at++;
        string Around(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes, Math.Max(0, at - 60), Math.Min(bytes.Length, at + 60) - Math.Max(0, at - 60));
        return $"{path} at byte {at}: «{Around(x)}» vs «{Around(y)}»";
    }
}
