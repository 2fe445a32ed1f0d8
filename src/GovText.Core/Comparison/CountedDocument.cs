using GovText.Core.Counting;
using GovText.Core.Results;

namespace GovText.Core.Comparison;

/// <summary>
/// One counted document as comparisons see it: its <c>documents.csv</c> row and its rows of the three count tables.
/// A fresh run builds it from the counter's output, a replayed run from the files of a results folder; the
/// <see cref="CountAccumulator"/> cannot tell the two apart.
/// </summary>
/// <param name="Document">The document's row of <c>documents.csv</c>.</param>
/// <param name="Counts">Its <c>concept_counts.csv</c> rows.</param>
/// <param name="Matches">Its <c>concept_matches.csv</c> rows.</param>
/// <param name="Words">Its <c>word_frequencies.csv</c> rows (empty when the consumer does not need them).</param>
public sealed record CountedDocument(
    DocumentRow Document,
    IReadOnlyList<ConceptCountRow> Counts,
    IReadOnlyList<ConceptMatchRow> Matches,
    IReadOnlyList<WordFrequencyRow> Words);
