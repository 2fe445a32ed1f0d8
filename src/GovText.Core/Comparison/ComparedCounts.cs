namespace GovText.Core.Comparison;

/// <summary>The comparison tables of a run, in memory: the output of <see cref="ComparisonStage"/>, the input of the charts.</summary>
/// <param name="GroupRows">concept_by_group.csv rows.</param>
/// <param name="ConceptKeyness">keyness.csv rows, or null without a target.</param>
/// <param name="WordKeyness">keyness_words.csv rows, or null without a target.</param>
/// <param name="KeynessDescription">What keyness compared (target vs reference), or null without a target.</param>
/// <param name="Cooccurrence">cooccurrence.csv rows.</param>
/// <param name="WordFilters">Which words word keyness tested (stop words, POS), for the words chart's caption; null when
/// the keyness tables were read as they are from an earlier run whose options are not known.</param>
public sealed record ComparedCounts(
    IReadOnlyList<ConceptGroupRow> GroupRows,
    IReadOnlyList<KeynessRow>? ConceptKeyness,
    IReadOnlyList<KeynessRow>? WordKeyness,
    string? KeynessDescription,
    IReadOnlyList<CooccurrenceRow> Cooccurrence,
    IReadOnlyList<string>? WordFilters);
