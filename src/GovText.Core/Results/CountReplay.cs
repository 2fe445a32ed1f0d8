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
        var wordsPath = counts.NeedsWords ? Require(folder, ResultTables.WordFrequencies, "counting") : null;

        using var countRows = new Lookahead<ConceptCountRow>(ResultTables.ConceptCounts.Read(countsPath), countsPath, r => r.DocId);
        using var matchRows = new Lookahead<ConceptMatchRow>(ResultTables.ConceptMatches.Read(matchesPath), matchesPath, r => r.DocId);
        using var wordRows = new Lookahead<WordFrequencyRow>(
            wordsPath is null ? [] : ResultTables.WordFrequencies.Read(wordsPath), wordsPath ?? "", r => r.DocId);
        foreach (var document in documents.Rows())
            counts.Add(new CountedDocument(document, countRows.TakeFor(document.DocId), matchRows.TakeFor(document.DocId),
                wordRows.TakeFor(document.DocId)));
        countRows.ExpectEnd(documentsPath);
        matchRows.ExpectEnd(documentsPath);
        wordRows.ExpectEnd(documentsPath);
        return counts;
    }

    /// <summary>The paths of the tables every reader of a count run needs, checked to exist and to be current.</summary>
    /// <exception cref="ConfigurationException">The folder or a table is missing, or the counts are from an older GovText.</exception>
    internal static (string Documents, string ConceptCounts, string ConceptMatches) RequireCountTables(string folder)
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

    // One table's rows, handed out document by document: the rows of a document are consecutive and in documents.csv order.
    private sealed class Lookahead<TRow> : IDisposable
    {
        private readonly IEnumerator<TRow> _rows;
        private readonly string _path;
        private readonly Func<TRow, string> _docId;
        private bool _has;
        private int _row = 1;

        public Lookahead(IEnumerable<TRow> rows, string path, Func<TRow, string> docId)
        {
            _rows = rows.GetEnumerator();
            _path = path;
            _docId = docId;
            _has = _rows.MoveNext();
        }

        public IReadOnlyList<TRow> TakeFor(string docId)
        {
            List<TRow>? taken = null;
            while (_has && string.Equals(_docId(_rows.Current), docId, StringComparison.Ordinal))
            {
                (taken ??= []).Add(_rows.Current);
                _has = _rows.MoveNext();
                _row++;
            }
            return taken ?? (IReadOnlyList<TRow>)[];
        }

        public void ExpectEnd(string documentsPath)
        {
            if (_has)
                throw new ConfigurationException(
                    $"row for document '{_docId(_rows.Current)}' does not follow {Path.GetFileName(documentsPath)}: the document is missing there, " +
                    "or the rows are not in its order (files of one count run always are)", _path, _row + 1);
        }

        public void Dispose() => _rows.Dispose();
    }
}
