namespace GovText.Core.Comparison;

/// <summary>
/// Everything the comparison charts draw, already computed (from a count run's tables or from the comparison CSVs):
/// the input of an <see cref="IChartRenderer"/>.
/// </summary>
/// <param name="Concepts">Concepts in lexicon order (keys the palette).</param>
/// <param name="GroupColumn">The <c>--by</c> column the group rows are grouped by.</param>
/// <param name="GroupRows">concept_by_group rows for the bar chart and the heatmap.</param>
/// <param name="YearRows">concept_by_group rows grouped by <c>year</c>, for the trend chart; empty when no document has a year.</param>
/// <param name="ConceptKeyness">keyness.csv rows, or null when no target was given.</param>
/// <param name="WordKeyness">keyness_words.csv rows, or null when no target was given.</param>
/// <param name="KeynessDescription">What was compared, for the chart titles, e.g. "year=2013..2025 vs all other documents".</param>
/// <param name="Cooccurrence">cooccurrence.csv rows.</param>
/// <param name="ConceptMatches">Direct matches per concept id (node sizes).</param>
public sealed record ChartData(
    IReadOnlyList<ConceptInfo> Concepts,
    string GroupColumn,
    IReadOnlyList<ConceptGroupRow> GroupRows,
    IReadOnlyList<ConceptGroupRow> YearRows,
    IReadOnlyList<KeynessRow>? ConceptKeyness,
    IReadOnlyList<KeynessRow>? WordKeyness,
    string? KeynessDescription,
    IReadOnlyList<CooccurrenceRow> Cooccurrence,
    IReadOnlyDictionary<string, int> ConceptMatches)
{
    /// <summary>
    /// True when <see cref="GroupRows"/> and <see cref="YearRows"/> hold category totals (a parent includes its
    /// children, <c>--rollup</c>) instead of each concept's own matches; the charts' titles then say so.
    /// </summary>
    public bool RolledUp { get; init; }

    /// <summary>What the group charts' values are, for their titles.</summary>
    public string MentionsLabel => RolledUp ? "Category totals (a parent includes its children's mentions)" : "Concept mentions";

    /// <summary>How keyness charts select the items they show (<c>--keyness-correction</c>).</summary>
    public KeynessCorrection KeynessCorrection { get; init; } = KeynessCorrection.Bonferroni;

    /// <summary>
    /// Which words <see cref="WordKeyness"/> was restricted to, for the words chart's caption, e.g. "Chinese words with
    /// jieba POS n, v, vn only" and "stop words left out: …"; null when not known (keyness_words.csv of an unrecorded run).
    /// </summary>
    public IReadOnlyList<string>? WordFilters { get; init; }
}
