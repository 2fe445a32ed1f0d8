using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Errors;

namespace GovText.Core.Results;

/// <summary>
/// Reads a results folder back into a <see cref="CountAccumulator"/>, document by document, exactly as the fresh run
/// filled it: <c>documents.csv</c> and the three count tables (CSV or Parquet, whichever the run wrote) are streamed
/// side by side (they are written in document order), so replaying needs no more memory than counting did.
/// </summary>
public static class CountReplay
{
    /// <summary>Replays <paramref name="folder"/> for the comparisons <paramref name="options"/> asks for.</summary>
    /// <exception cref="ConfigurationException">The folder or a table is missing, a table is malformed, or a table's rows
    /// do not follow <c>documents.csv</c>.</exception>
    public static CountAccumulator Replay(string folder, ComparisonOptions options)
    {
        var (documentsPath, countsPath, matchesPath) = RequireCountTables(folder);

        using var documents = DocumentsTable.Open(documentsPath);
        var counts = new CountAccumulator(documents.Columns, options);
        // Word frequencies are by far the largest table; only word keyness needs them.
        // Count writes them only when asked, so the message says how to get them.
        var wordsPath = counts.NeedsWords
            ? ResultTables.WordFrequencies.Find(folder) ?? throw new ConfigurationException(
                $"{string.Join(" (or ", ResultTables.WordFrequencies.FileNames)}) is missing in '{folder}': word keyness needs the word " +
                "frequencies, which are written only when asked; count the corpus again (count or analyze) with " + SettingText.Name("word-frequencies"))
            : null;

        foreach (var document in CountedDocuments.Read(documents, countsPath, matchesPath, wordsPath)) counts.Add(document);
        return counts;
    }

    /// <summary>The paths of the tables every reader of a count run needs, checked to exist and to be current.</summary>
    /// <exception cref="ConfigurationException">The folder or a table is missing, or the counts are from an older GovText.</exception>
    public static (string Documents, string ConceptCounts, string ConceptMatches) RequireCountTables(string folder)
    {
        if (!Directory.Exists(folder))
            throw new ConfigurationException($"results folder '{folder}' does not exist; count a corpus into it first");
        var documents = Path.Combine(folder, ResultFiles.Documents);
        if (!File.Exists(documents)) throw Missing(folder, ResultFiles.Documents, "ingesting");
        var counts = Require(folder, ResultTables.ConceptCounts, "counting");
        var matches = Require(folder, ResultTables.ConceptMatches, "counting");
        RequireOwnCounts(counts);
        return (documents, counts, matches);
    }

    // Before count_with_children existed, "count" included the children's matches: reading such a file as own counts
    // would silently change every parent's number, so it is refused with what to do. (Parquet tables came later: the
    // reader checks their columns itself.)
    private static void RequireOwnCounts(string path)
    {
        if (ResultTable<ConceptCountRow>.FormatOf(path) != TableFormat.Csv) return;
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var header = (reader.ReadLine() ?? "").Split(',');
        if (!header.Contains("count_with_children", StringComparer.Ordinal))
            throw new ConfigurationException(
                "has no count_with_children column: it was written by an older GovText, whose 'count' included the children's matches; " +
                "run 'govtext count' again to get own counts and category totals", path);
    }

    private static string Require<TRow>(string folder, ResultTable<TRow> table, string producer) =>
        table.Find(folder) ?? throw Missing(folder, string.Join(" (or ", table.FileNames) + ")", producer);

    private static ConfigurationException Missing(string folder, string file, string producer) =>
        new($"{file} is missing in '{folder}'; it is written when {producer} a corpus (govtext count or analyze)");
}
