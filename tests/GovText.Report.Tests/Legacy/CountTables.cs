// The report's in-memory code before issue 10's streaming summary, kept only as the reference the streamed report is
// compared with (LegacyEquivalenceTests).
using GovText.Report.View;
using GovText.Report.Rendering;
using GovText.Report.Results;
using GovText.Report.Building;
using GovText.Core.Results;
using GovText.Core.Comparison;
using GovText.Core.Counting;
using GovText.Core.Errors;

namespace GovText.Report.Tests.Legacy;

/// <summary>
/// A finished results folder's <c>documents.csv</c>, <c>concept_counts</c> and <c>concept_matches</c> (CSV or Parquet)
/// held in memory, for readers that look at every document (the HTML report). Read through the same definitions the
/// writers use. Its memory grows with the documents and matches, so the counting and comparison stages never use it:
/// they stream (<see cref="CountReplay"/>).
/// </summary>
internal sealed class CountTables
{
    private readonly Dictionary<(string Doc, string Language), int> _tokens = [];

    private CountTables(IReadOnlyList<string> documentColumns, IReadOnlyList<DocumentRow> documents,
        IReadOnlyList<ConceptCountRow> conceptCounts, IReadOnlyList<ConceptMatchRow> conceptMatches)
    {
        DocumentColumns = documentColumns;
        Documents = documents;
        ConceptCounts = conceptCounts;
        ConceptMatches = conceptMatches;
        var concepts = new Dictionary<string, ConceptInfo>(StringComparer.Ordinal);
        var languages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in conceptCounts)
        {
            if (!concepts.ContainsKey(row.ConceptId))
                concepts[row.ConceptId] = new ConceptInfo(row.ConceptId, row.ConceptEn, row.ConceptZh, concepts.Count);
            languages.Add(row.Language);
            _tokens[(row.DocId, row.Language)] = row.Tokens;
        }
        Concepts = concepts.Values.OrderBy(c => c.Order).ToList();
        ConceptById = concepts;
        Languages = [.. languages];
    }

    /// <summary>The columns of <c>documents.csv</c>, in file order.</summary>
    public IReadOnlyList<string> DocumentColumns { get; }

    /// <summary>One row per document.</summary>
    public IReadOnlyList<DocumentRow> Documents { get; }

    /// <summary><c>concept_counts.csv</c> rows.</summary>
    public IReadOnlyList<ConceptCountRow> ConceptCounts { get; }

    /// <summary><c>concept_matches.csv</c> rows (each match under the concept that lists the term).</summary>
    public IReadOnlyList<ConceptMatchRow> ConceptMatches { get; }

    /// <summary>Concepts in lexicon order: the order of first appearance in <c>concept_counts.csv</c>.</summary>
    public IReadOnlyList<ConceptInfo> Concepts { get; }

    /// <summary>Concepts by id.</summary>
    public IReadOnlyDictionary<string, ConceptInfo> ConceptById { get; }

    /// <summary>Token languages with counts (<c>en</c>, <c>zh</c>), ordinal order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Word tokens of <paramref name="language"/> in <paramref name="docId"/>, or null when the document has no text in it.</summary>
    public int? Tokens(string docId, string language) => _tokens.TryGetValue((docId, language), out var n) ? n : null;

    /// <summary>Reads the tables of <paramref name="folder"/>.</summary>
    /// <exception cref="ConfigurationException">A file is missing, malformed, or from an older GovText.</exception>
    public static CountTables Read(string folder)
    {
        var (documentsPath, countsPath, matchesPath) = CountReplay.RequireCountTables(folder);
        using var documents = DocumentsTable.Open(documentsPath);
        return new CountTables(documents.Columns, documents.Rows().ToList(),
            ResultTables.ConceptCounts.Read(countsPath).ToList(), ResultTables.ConceptMatches.Read(matchesPath).ToList());
    }
}
