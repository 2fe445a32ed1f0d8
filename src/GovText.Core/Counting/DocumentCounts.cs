using GovText.Core.Matching;
using GovText.Core.Text;

namespace GovText.Core.Counting;

/// <summary>
/// Everything the count stage computes for one document, ready to be written. The tokens are not kept: counting reads
/// them from a reused buffer (<see cref="DocumentCounter.Match"/> gives them to a concordance).
/// </summary>
/// <param name="DocId">The document id.</param>
/// <param name="Matches">Every concept match, in text order.</param>
/// <param name="Counts">The document's <c>concept_counts.csv</c> rows.</param>
/// <param name="MatchRows">The document's <c>concept_matches.csv</c> rows (offsets in code points).</param>
/// <param name="Frequencies">The document's <c>word_frequencies.csv</c> rows; empty when the counter was not asked for them.</param>
public sealed record DocumentCounts(
    string DocId,
    IReadOnlyList<ConceptMatch> Matches,
    IReadOnlyList<ConceptCountRow> Counts,
    IReadOnlyList<ConceptMatchRow> MatchRows,
    IReadOnlyList<WordFrequencyRow> Frequencies)
{
    /// <summary>Word tokens per language set aside as <c>other</c> (too little text to count as a language); empty when none.</summary>
    public IReadOnlyDictionary<Language, int> SetAsideTokens { get; init; } = new Dictionary<Language, int>();
}
