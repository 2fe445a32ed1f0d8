namespace GovText.Core.Counting;

/// <summary>
/// Corpus totals of a count run for the end-of-run table: matches per concept (rolled up, both languages), over
/// all documents and for the first <see cref="MaxDocuments"/> documents individually.
/// </summary>
public sealed class CountSummary
{
    /// <summary>How many documents get their own column in the terminal table (more would not fit a screen).</summary>
    public const int MaxDocuments = 6;

    private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentsWith = new(StringComparer.Ordinal);
    private readonly List<(string DocId, Dictionary<string, int> Counts)> _documents = [];

    /// <summary>Creates an empty summary for the concepts of a lexicon, in lexicon order.</summary>
    public CountSummary(IReadOnlyList<string> conceptIds)
    {
        ConceptIds = conceptIds;
        foreach (var id in conceptIds) _totals[id] = 0;
    }

    /// <summary>Concept ids in lexicon order.</summary>
    public IReadOnlyList<string> ConceptIds { get; }

    /// <summary>Documents counted.</summary>
    public int Documents { get; private set; }

    /// <summary>All matches (direct, not rolled up), over all documents.</summary>
    public long Matches { get; private set; }

    /// <summary>Rolled-up count per concept over all documents and languages.</summary>
    public IReadOnlyDictionary<string, long> Totals => _totals;

    /// <summary>Documents with at least one match per concept (rolled up, either language).</summary>
    public IReadOnlyDictionary<string, int> DocumentsWith => _documentsWith;

    /// <summary>The first <see cref="MaxDocuments"/> documents with their rolled-up counts per concept.</summary>
    public IReadOnlyList<(string DocId, Dictionary<string, int> Counts)> FirstDocuments => _documents;

    /// <summary>Adds one document's results.</summary>
    public void Add(DocumentCounts counts)
    {
        Documents++;
        Matches += counts.Matches.Count;
        var perDoc = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in counts.Counts)
        {
            _totals[row.ConceptId] = _totals.GetValueOrDefault(row.ConceptId) + row.Count;
            perDoc[row.ConceptId] = perDoc.GetValueOrDefault(row.ConceptId) + row.Count;
        }
        foreach (var (id, n) in perDoc)
            if (n > 0) _documentsWith[id] = _documentsWith.GetValueOrDefault(id) + 1;
        if (_documents.Count < MaxDocuments) _documents.Add((counts.DocId, perDoc));
    }
}
