using GovText.Core.Text;

namespace GovText.Core.Counting;

/// <summary>
/// Corpus totals of a count run for the end-of-run table: matches per concept (both languages), over all documents
/// and for the first <see cref="MaxDocuments"/> documents individually, as own counts and as category totals (with
/// children); and the text set aside because a language had too little of it in a document.
/// </summary>
public sealed class CountSummary
{
    /// <summary>How many documents get their own column in the terminal table (more would not fit a screen).</summary>
    public const int MaxDocuments = 6;

    private readonly Tally _own;
    private readonly Tally _withChildren;
    private readonly Dictionary<Language, (long Tokens, int Documents)> _setAside = [];

    /// <summary>Creates an empty summary for the concepts of a lexicon, in lexicon order.</summary>
    public CountSummary(IReadOnlyList<string> conceptIds)
    {
        ConceptIds = conceptIds;
        _own = new Tally(conceptIds);
        _withChildren = new Tally(conceptIds);
    }

    /// <summary>Concept ids in lexicon order.</summary>
    public IReadOnlyList<string> ConceptIds { get; }

    /// <summary>Documents counted.</summary>
    public int Documents { get; private set; }

    /// <summary>All matches (each once, under the concept that lists the term), over all documents, set-aside text included.</summary>
    public long Matches { get; private set; }

    /// <summary>Matches in set-aside text (language <c>other</c>): in <c>concept_matches.csv</c> but in no count.</summary>
    public long SetAsideMatches { get; private set; }

    /// <summary>Word tokens and documents per language set aside as <c>other</c> (too little text in the document).</summary>
    public IReadOnlyDictionary<Language, (long Tokens, int Documents)> SetAside => _setAside;

    /// <summary>Count per concept over all documents and languages: own matches, or with <paramref name="withChildren"/> the category totals.</summary>
    public IReadOnlyDictionary<string, long> Totals(bool withChildren) => Pick(withChildren).Totals;

    /// <summary>Documents with at least one match per concept (own, or with children), either language.</summary>
    public IReadOnlyDictionary<string, int> DocumentsWith(bool withChildren) => Pick(withChildren).DocumentsWith;

    /// <summary>The first <see cref="MaxDocuments"/> documents with their counts per concept (own, or with children).</summary>
    public IReadOnlyList<(string DocId, Dictionary<string, int> Counts)> FirstDocuments(bool withChildren) => Pick(withChildren).Documents;

    /// <summary>Adds one document's results.</summary>
    public void Add(DocumentCounts counts)
    {
        Documents++;
        Matches += counts.Matches.Count;
        SetAsideMatches += counts.Matches.Count(m => m.Language == CountedLanguages.Other);
        foreach (var (language, tokens) in counts.SetAsideTokens)
        {
            var s = _setAside.GetValueOrDefault(language);
            _setAside[language] = (s.Tokens + tokens, s.Documents + 1);
        }
        _own.Add(counts.DocId, counts.Counts, r => r.Count);
        _withChildren.Add(counts.DocId, counts.Counts, r => r.CountWithChildren);
    }

    private Tally Pick(bool withChildren) => withChildren ? _withChildren : _own;

    private sealed class Tally
    {
        public Tally(IReadOnlyList<string> conceptIds)
        {
            foreach (var id in conceptIds) Totals[id] = 0;
        }

        public Dictionary<string, long> Totals { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> DocumentsWith { get; } = new(StringComparer.Ordinal);

        public List<(string DocId, Dictionary<string, int> Counts)> Documents { get; } = [];

        public void Add(string docId, IReadOnlyList<ConceptCountRow> rows, Func<ConceptCountRow, int> count)
        {
            var perDoc = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var n = count(row);
                Totals[row.ConceptId] = Totals.GetValueOrDefault(row.ConceptId) + n;
                perDoc[row.ConceptId] = perDoc.GetValueOrDefault(row.ConceptId) + n;
            }
            foreach (var (id, n) in perDoc)
                if (n > 0) DocumentsWith[id] = DocumentsWith.GetValueOrDefault(id) + 1;
            if (Documents.Count < MaxDocuments) Documents.Add((docId, perDoc));
        }
    }
}
