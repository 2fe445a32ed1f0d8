using GovText.Tests;

namespace GovText.Core.Tests.Support;

/// <summary>Every line of the sample corpus and, where ../shared is present, of the reference corpora, in path order.</summary>
internal static class CorpusLines
{
    public static IEnumerable<string> All()
    {
        var folders = new List<string> { TestEnvironment.SampleCorpus };
        if (TestEnvironment.SharedDir is { } shared) folders.Add(Path.Combine(shared, "corpora"));
        foreach (var folder in folders)
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        foreach (var line in File.ReadLines(file))
            yield return line;
    }

    /// <summary>
    /// The least count a test over <see cref="All"/> should reach: <paramref name="withShared"/> when the reference corpora
    /// are there, <paramref name="sampleOnly"/> on a machine with only the sample corpus (so the guard that a loop really ran
    /// holds on both).
    /// </summary>
    public static int AtLeast(int withShared, int sampleOnly) => TestEnvironment.SharedDir is null ? sampleOnly : withShared;
}
