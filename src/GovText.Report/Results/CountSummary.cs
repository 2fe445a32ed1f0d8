using System.Security.Cryptography;
using System.Text;
using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Results;
using GovText.Core.Text;

namespace GovText.Report.Results;

/// <summary>
/// Everything the report shows of <c>documents.csv</c>, <c>concept_counts</c> and <c>concept_matches</c>, accumulated in
/// one pass over the documents (<see cref="CountedDocuments"/>): sizes per year, language, source and encoding, each
/// concept's totals, token totals per language, the first documents, the first hits of each concept, the grouping
/// column and the corpus fingerprint. Memory grows with what the page shows (groups, concepts, the capped document
/// and concordance lists), never with the number of documents or matches.
/// </summary>
internal sealed class CountSummary
{
    /// <summary>Manifest columns shown as "source", first present wins.</summary>
    private static readonly string[] SourceColumns = ["source", "source_repo", "publisher", "kind"];

    private readonly int _maxDocumentRows;
    private readonly int _maxDocumentColumns;
    private readonly int _kwicLines;
    private readonly List<DocumentRow> _firstDocuments = [];
    private readonly List<(string DocId, Dictionary<string, long> Own)> _documentCounts = [];
    private readonly List<YearTotals> _years = [];
    private readonly Dictionary<int, DocumentTally> _yearIndex = [];
    private readonly SortedDictionary<Language, DocumentTally> _languages = [];
    private readonly SortedDictionary<string, int> _sources = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _encodings = new(StringComparer.Ordinal);
    private readonly List<ConceptInfo> _concepts = [];
    private readonly Dictionary<string, ConceptInfo> _conceptById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConceptTally> _conceptTallies = new(StringComparer.Ordinal);
    private readonly SortedDictionary<Language, (long Tokens, int Documents)> _tokenLanguages = [];
    private readonly Dictionary<string, (List<ConceptMatchRow> First, int Count)> _matches = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string>? _groups;
    private readonly List<GroupCandidate> _groupCandidates = [];
    private readonly IncrementalHash _fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _lastPath;
    private bool _pathOrder = true;
    private DocumentTally? _noYear;

    /// <summary>Plans the summary of documents with <paramref name="documentColumns"/>.</summary>
    /// <param name="documentColumns">The columns of documents.csv.</param>
    /// <param name="groups">The groups of concept_by_group.csv, when a comparison ran: the column whose values they are is found.</param>
    /// <param name="options">How many documents and concordance lines the page shows.</param>
    public CountSummary(IReadOnlyList<string> documentColumns, IReadOnlySet<string>? groups, ReportOptions options)
    {
        DocumentColumns = documentColumns;
        _maxDocumentRows = options.MaxDocumentRows;
        _maxDocumentColumns = options.MaxDocumentColumns;
        _kwicLines = options.KwicLinesPerConcept;
        SourceColumn = SourceColumns.FirstOrDefault(c => documentColumns.Contains(c, StringComparer.Ordinal));
        if (groups is { Count: > 0 })
        {
            _groups = groups;
            // Years first, then document ids, then the manifest's columns: the first whose values are the groups wins.
            foreach (var column in documentColumns.OrderBy(c => c == "year" ? 0 : c == "doc_id" ? 1 : 2))
                _groupCandidates.Add(new GroupCandidate(column));
        }
    }

    /// <summary>The columns of documents.csv, in file order.</summary>
    public IReadOnlyList<string> DocumentColumns { get; }

    /// <summary>Sizes of every document.</summary>
    public DocumentTally Corpus { get; } = new();

    /// <summary>Documents read.</summary>
    public int Documents => Corpus.Documents;

    /// <summary>The first documents, as many as the page lists.</summary>
    public IReadOnlyList<DocumentRow> FirstDocuments => _firstDocuments;

    /// <summary>
    /// The own hits of each concept in the first documents, as many as the concept × document table has columns
    /// (the table is shown only when these are all the documents).
    /// </summary>
    public IReadOnlyList<(string DocId, Dictionary<string, long> Own)> DocumentCounts => _documentCounts;

    /// <summary>Sizes per year (null: no year), in order of first appearance.</summary>
    public IReadOnlyList<YearTotals> Years => _years;

    /// <summary>Sizes per document language tag, in the order of the codes.</summary>
    public IReadOnlyDictionary<Language, DocumentTally> Languages => _languages;

    /// <summary>The manifest column shown as the documents' source, if any.</summary>
    public string? SourceColumn { get; }

    /// <summary>Documents per value of <see cref="SourceColumn"/> (<c>(empty)</c> when empty), ordinal order.</summary>
    public IReadOnlyDictionary<string, int> Sources => _sources;

    /// <summary>Documents per source encoding (<c>(pdf/docx)</c> when empty), ordinal order.</summary>
    public IReadOnlyDictionary<string, int> Encodings => _encodings;

    /// <summary>Documents whose year was inferred from the text.</summary>
    public int InferredYears { get; private set; }

    /// <summary>Documents with no characters after cleaning.</summary>
    public int EmptyDocuments { get; private set; }

    /// <summary>Documents that lost lines to the boilerplate rules.</summary>
    public int DocumentsWithRemovedLines { get; private set; }

    /// <summary>Lines removed by the boilerplate rules.</summary>
    public long RemovedLines { get; private set; }

    /// <summary>Concepts in lexicon order: the order of first appearance in concept_counts.</summary>
    public IReadOnlyList<ConceptInfo> Concepts => _concepts;

    /// <summary>Concepts by id.</summary>
    public IReadOnlyDictionary<string, ConceptInfo> ConceptById => _conceptById;

    /// <summary>A concept's totals over the corpus.</summary>
    public ConceptTally Concept(string id) => _conceptTallies[id];

    /// <summary>Token languages of concept_counts (<c>en</c>, <c>zh</c>), ordinal order.</summary>
    public IReadOnlyList<Language> TokenLanguages => [.. _tokenLanguages.Keys];

    /// <summary>Word tokens of <paramref name="language"/> in the whole corpus.</summary>
    public long Tokens(Language language) => _tokenLanguages.GetValueOrDefault(language).Tokens;

    /// <summary>Documents with word tokens of <paramref name="language"/>.</summary>
    public int DocumentsWithText(Language language) => _tokenLanguages.GetValueOrDefault(language).Documents;

    /// <summary>The first hits of <paramref name="conceptId"/> in concept_matches order, as many as the page shows.</summary>
    public IReadOnlyList<ConceptMatchRow> FirstMatches(string conceptId) => _matches.TryGetValue(conceptId, out var m) ? m.First : [];

    /// <summary>All hits of <paramref name="conceptId"/> (rows of concept_matches).</summary>
    public int Matches(string conceptId) => _matches.TryGetValue(conceptId, out var m) ? m.Count : 0;

    /// <summary>The document column the comparison grouped by: the first whose non-empty values are exactly the groups.</summary>
    public string? GroupColumn => _groupCandidates.FirstOrDefault(c => !c.Outside && c.Seen.Count == _groups!.Count)?.Column;

    /// <summary>Documents with no value in <see cref="GroupColumn"/>.</summary>
    public int Ungrouped => _groupCandidates.FirstOrDefault(c => c.Column == GroupColumn)?.Empty ?? 0;

    /// <summary>
    /// The SHA-256 over one line <c>path\tsha256\n</c> per document in ordinal order of the path, or null when
    /// documents.csv is not in that order (GovText writes it so; a re-sorted file needs a second reading).
    /// </summary>
    public string? CorpusFingerprint => _pathOrder ? Convert.ToHexStringLower(_fingerprint.GetCurrentHash()) : null;

    /// <summary>Adds the next document with its count and match rows.</summary>
    public void Add(CountedDocument counted)
    {
        var d = counted.Document;
        Corpus.Add(d);
        if (_firstDocuments.Count < _maxDocumentRows) _firstDocuments.Add(d);
        YearTally(d.Year).Add(d);
        if (!_languages.TryGetValue(d.Language, out var byLanguage)) _languages[d.Language] = byLanguage = new DocumentTally();
        byLanguage.Add(d);
        if (SourceColumn is not null) Increment(_sources, Or(d.Get(SourceColumn), "(empty)"));
        Increment(_encodings, Or(d.Get("encoding"), "(pdf/docx)"));
        if (d.Get("year_source") == "inferred") InferredYears++;
        if (d.Chars == 0) EmptyDocuments++;
        if (d.RemovedLines > 0)
        {
            DocumentsWithRemovedLines++;
            RemovedLines += d.RemovedLines;
        }
        foreach (var candidate in _groupCandidates) candidate.Add(d.Get(candidate.Column), _groups!);
        AddToFingerprint(d.Get("path"), d.Get("sha256"));
        AddCounts(d.DocId, counted.Counts);
        foreach (var m in counted.Matches)
        {
            var (first, count) = _matches.GetValueOrDefault(m.ConceptId, ([], 0));
            if (first.Count < _kwicLines) first.Add(m);
            _matches[m.ConceptId] = (first, count + 1);
        }
    }

    private void AddCounts(string docId, IReadOnlyList<ConceptCountRow> rows)
    {
        // A document's tokens per language: every row of the language carries them; the last one is taken.
        var tokens = new Dictionary<Language, int>();
        Dictionary<string, long>? own = _documentCounts.Count < _maxDocumentColumns ? new(StringComparer.Ordinal) : null;
        foreach (var row in rows)
        {
            if (!_conceptById.ContainsKey(row.ConceptId))
            {
                var concept = new ConceptInfo(row.ConceptId, row.ConceptEn, row.ConceptZh, _concepts.Count);
                _concepts.Add(concept);
                _conceptById[concept.Id] = concept;
                _conceptTallies[concept.Id] = new ConceptTally();
            }
            _conceptTallies[row.ConceptId].Add(docId, row);
            tokens[row.Language] = row.Tokens;
            if (!_tokenLanguages.ContainsKey(row.Language)) _tokenLanguages[row.Language] = (0, 0);
            if (own is not null) own[row.ConceptId] = own.GetValueOrDefault(row.ConceptId) + row.Count;
        }
        foreach (var language in rows.Where(r => r.Tokens > 0).Select(r => r.Language).Distinct())
        {
            var (t, n) = _tokenLanguages[language];
            _tokenLanguages[language] = (t, n + 1);
        }
        foreach (var (language, n) in tokens)
        {
            var (t, docs) = _tokenLanguages[language];
            _tokenLanguages[language] = (t + n, docs);
        }
        if (own is not null) _documentCounts.Add((docId, own));
    }

    private DocumentTally YearTally(int? year)
    {
        if (year is not { } y)
        {
            if (_noYear is null) _years.Add(new YearTotals(null, _noYear = new DocumentTally()));
            return _noYear;
        }
        if (!_yearIndex.TryGetValue(y, out var tally))
        {
            _yearIndex[y] = tally = new DocumentTally();
            _years.Add(new YearTotals(y, tally));
        }
        return tally;
    }

    private void AddToFingerprint(string path, string sha256)
    {
        if (_lastPath is not null && string.CompareOrdinal(_lastPath, path) > 0) _pathOrder = false;
        _lastPath = path;
        if (_pathOrder) _fingerprint.AppendData(Encoding.UTF8.GetBytes(path + "\t" + sha256 + "\n"));
    }

    private static void Increment(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;

    // A document column that may be the grouping: the groups its values hit, whether a value is no group, its empty cells.
    private sealed class GroupCandidate(string column)
    {
        public string Column { get; } = column;

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public bool Outside { get; private set; }

        public int Empty { get; private set; }

        public void Add(string value, IReadOnlySet<string> groups)
        {
            if (value.Length == 0) Empty++;
            else if (Outside) return;
            else if (groups.Contains(value)) Seen.Add(value);
            else Outside = true;
        }
    }
}
