using System.Globalization;
using GovText.Core.Counting;
using GovText.Core.Errors;

namespace GovText.Core.Comparison;

/// <summary>
/// The four tables a count run writes, the input of every comparison and chart: <c>documents.csv</c>,
/// <c>concept_counts.csv</c>, <c>concept_matches.csv</c> and <c>word_frequencies.csv</c>.
/// Construct it in memory (the pipeline passes its tables straight on) or read it from a results folder.
/// </summary>
public sealed class CountTables
{
    /// <summary>File names in a results folder.</summary>
    public const string DocumentsFile = "documents.csv", ConceptCountsFile = "concept_counts.csv",
        ConceptMatchesFile = "concept_matches.csv", WordFrequenciesFile = "word_frequencies.csv";

    private readonly Dictionary<string, DocumentRow> _documentsById;
    private readonly Dictionary<(string Doc, string Language), int> _tokens;
    private readonly Func<IEnumerable<WordFrequencyRow>> _wordFrequencies;

    /// <summary>Builds the tables from rows already in memory.</summary>
    /// <exception cref="ConfigurationException">A document id is duplicated, or a count row names an unknown document.</exception>
    public CountTables(
        IReadOnlyList<string> documentColumns,
        IReadOnlyList<DocumentRow> documents,
        IReadOnlyList<ConceptCountRow> conceptCounts,
        IReadOnlyList<ConceptMatchRow> conceptMatches,
        IReadOnlyList<WordFrequencyRow> wordFrequencies)
        : this(documentColumns, documents, conceptCounts, conceptMatches, () => wordFrequencies)
    {
    }

    // Word frequencies are by far the largest table (a row per word type per document) and only word keyness reads them,
    // once, aggregating as it goes: read from a results folder they are streamed, never held in memory.
    private CountTables(
        IReadOnlyList<string> documentColumns,
        IReadOnlyList<DocumentRow> documents,
        IReadOnlyList<ConceptCountRow> conceptCounts,
        IReadOnlyList<ConceptMatchRow> conceptMatches,
        Func<IEnumerable<WordFrequencyRow>> wordFrequencies)
    {
        DocumentColumns = documentColumns;
        Documents = documents;
        ConceptCounts = conceptCounts;
        ConceptMatches = conceptMatches;
        _wordFrequencies = wordFrequencies;

        _documentsById = new Dictionary<string, DocumentRow>(StringComparer.Ordinal);
        foreach (var d in documents)
            if (!_documentsById.TryAdd(d.DocId, d))
                throw new ConfigurationException($"document id '{d.DocId}' appears twice", DocumentsFile);

        var concepts = new Dictionary<string, ConceptInfo>(StringComparer.Ordinal);
        var languages = new List<string>();
        _tokens = new Dictionary<(string, string), int>();
        foreach (var row in conceptCounts)
        {
            if (!_documentsById.ContainsKey(row.DocId))
                throw new ConfigurationException($"document '{row.DocId}' is not in {DocumentsFile}", ConceptCountsFile);
            if (!concepts.ContainsKey(row.ConceptId))
                concepts[row.ConceptId] = new ConceptInfo(row.ConceptId, row.ConceptEn, row.ConceptZh, concepts.Count);
            if (!languages.Contains(row.Language, StringComparer.Ordinal)) languages.Add(row.Language);
            _tokens[(row.DocId, row.Language)] = row.Tokens;
        }
        Concepts = concepts.Values.OrderBy(c => c.Order).ToList();
        ConceptById = concepts;
        languages.Sort(StringComparer.Ordinal);
        Languages = languages;
    }

    /// <summary>The columns of <c>documents.csv</c>, in file order.</summary>
    public IReadOnlyList<string> DocumentColumns { get; }

    /// <summary>One row per document.</summary>
    public IReadOnlyList<DocumentRow> Documents { get; }

    /// <summary><c>concept_counts.csv</c> rows (parents include their children's matches).</summary>
    public IReadOnlyList<ConceptCountRow> ConceptCounts { get; }

    /// <summary><c>concept_matches.csv</c> rows (each match under the concept that lists the term).</summary>
    public IReadOnlyList<ConceptMatchRow> ConceptMatches { get; }

    /// <summary><c>word_frequencies.csv</c> rows; from a results folder, read from the file afresh on each enumeration.</summary>
    public IEnumerable<WordFrequencyRow> WordFrequencies => _wordFrequencies();

    /// <summary>Concepts in lexicon order: the order of first appearance in <c>concept_counts.csv</c>.</summary>
    public IReadOnlyList<ConceptInfo> Concepts { get; }

    /// <summary>Concepts by id.</summary>
    public IReadOnlyDictionary<string, ConceptInfo> ConceptById { get; }

    /// <summary>Token languages with counts (<c>en</c>, <c>zh</c>), ordinal order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The document with id <paramref name="docId"/>, or null.</summary>
    public DocumentRow? FindDocument(string docId) => _documentsById.GetValueOrDefault(docId);

    /// <summary>Word tokens of <paramref name="language"/> in <paramref name="docId"/>, or null when the document has no text in it.</summary>
    public int? Tokens(string docId, string language) =>
        _tokens.TryGetValue((docId, language), out var n) ? n : null;

    /// <summary>Reads the four tables from <paramref name="folder"/> (a <c>govtext count</c> results folder).</summary>
    /// <exception cref="ConfigurationException">A file is missing (the message says which command writes it) or unreadable.</exception>
    public static CountTables Read(string folder)
    {
        if (!Directory.Exists(folder))
            throw new ConfigurationException($"results folder '{folder}' does not exist; run 'govtext count' (or 'govtext analyze') to create it");
        var documentsPath = Require(folder, DocumentsFile, "govtext ingest (or count/analyze)");
        var countsPath = Require(folder, ConceptCountsFile, "govtext count (or analyze)");
        var matchesPath = Require(folder, ConceptMatchesFile, "govtext count (or analyze)");
        var wordsPath = Require(folder, WordFrequenciesFile, "govtext count (or analyze)");

        var (header, rows) = CsvTableReader.ReadDictionaries(documentsPath);
        CsvTableReader.RequireColumns(documentsPath, header, "doc_id");
        var documents = rows.Select(r => new DocumentRow(r["doc_id"].Trim(), r)).ToList();

        RequireOwnCounts(countsPath);
        return new CountTables(header, documents,
            CsvTableReader.ReadRecords<ConceptCountRow>(countsPath),
            CsvTableReader.ReadRecords<ConceptMatchRow>(matchesPath),
            () => CsvTableReader.StreamRecords<WordFrequencyRow>(wordsPath));
    }

    /// <summary>
    /// Units of <paramref name="column"/> (<c>sentences</c> or <c>paragraphs</c>) in a document, from <c>documents.csv</c>.
    /// </summary>
    /// <exception cref="ConfigurationException">The column is absent or not a non-negative integer.</exception>
    public int UnitCount(DocumentRow document, string column)
    {
        var text = document.Get(column);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0)
            throw new ConfigurationException(
                $"document '{document.DocId}': column '{column}' must be a non-negative integer (found '{text}')", DocumentsFile);
        return n;
    }

    // Before count_with_children existed, "count" included the children's matches: reading such a file as own counts
    // would silently change every parent's number, so it is refused with what to do.
    private static void RequireOwnCounts(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var header = (reader.ReadLine() ?? "").Split(',');
        if (!header.Contains("count_with_children", StringComparer.Ordinal))
            throw new ConfigurationException(
                "has no count_with_children column: it was written by an older GovText, whose 'count' included the children's matches; " +
                "run 'govtext count' again to get own counts and category totals", path);
    }

    private static string Require(string folder, string file, string producer)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
            throw new ConfigurationException($"{file} is missing in '{folder}'; it is written by {producer}");
        return path;
    }
}
