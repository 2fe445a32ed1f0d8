using GovText.Core.Text;

namespace GovText.Report.Results;

/// <summary>One concept's counts over the whole corpus, from <c>concept_counts</c>: own hits, category totals, documents.</summary>
internal sealed class ConceptTally
{
    private readonly Dictionary<Language, long> _ownByLanguage = [];
    private string? _lastDocument;

    /// <summary>Own hits (<c>count</c>) summed over documents and languages.</summary>
    public long Own { get; private set; }

    /// <summary>Category totals (<c>count_with_children</c>) summed over documents and languages.</summary>
    public long WithChildren { get; private set; }

    /// <summary>Documents with at least one own hit.</summary>
    public int DocumentsWithOwn { get; private set; }

    /// <summary>True when some row has a category total above zero: the concept (or a sub-concept) is found.</summary>
    public bool Found { get; private set; }

    /// <summary>Own hits in <paramref name="language"/>.</summary>
    public long OwnIn(Language language) => _ownByLanguage.GetValueOrDefault(language);

    /// <summary>Adds a row of <paramref name="docId"/> (rows of one document come together).</summary>
    public void Add(string docId, Core.Counting.ConceptCountRow row)
    {
        Own += row.Count;
        WithChildren += row.CountWithChildren;
        _ownByLanguage[row.Language] = _ownByLanguage.GetValueOrDefault(row.Language) + row.Count;
        if (row.CountWithChildren > 0) Found = true;
        if (row.Count > 0 && !string.Equals(_lastDocument, docId, StringComparison.Ordinal))
        {
            DocumentsWithOwn++;
            _lastDocument = docId;
        }
    }
}
