namespace GovText.Report.View;

/// <summary>
/// Everything <c>report.html</c> shows, formatted (invariant culture) and in the order a reader needs it. The template
/// only lays it out; every string in it is escaped by the template except <see cref="ChartView.Svg"/> and
/// <see cref="FontFaceCss"/>, which the report builds itself.
/// </summary>
public sealed record ReportModel
{
    /// <summary>The page title.</summary>
    public required string Title { get; init; }

    /// <summary>Which GovText wrote the report.</summary>
    public required string Generator { get; init; }

    /// <summary>The <c>@font-face</c> rule of the embedded font subset, or empty.</summary>
    public string FontFaceCss { get; init; } = "";

    /// <summary>The table of contents.</summary>
    public required IReadOnlyList<SectionLink> Contents { get; init; }

    /// <summary>Where "what was run" comes from (run.json, or the result files).</summary>
    public required string RunSource { get; init; }

    /// <summary>What was run: command, version, lexicon, corpus fingerprint, date.</summary>
    public required IReadOnlyList<Fact> Run { get; init; }

    /// <summary>The command line that reproduces the run, or empty when the results do not record it.</summary>
    public string Command { get; init; } = "";


    /// <summary>The run's options (run.json), or null.</summary>
    public TableView? Options { get; init; }

    /// <summary>The files of the results folder the report was built from.</summary>
    public required TableView Files { get; init; }

    /// <summary>Corpus totals.</summary>
    public required IReadOnlyList<Fact> CorpusSummary { get; init; }

    /// <summary>Documents per year.</summary>
    public required TableView ByYear { get; init; }

    /// <summary>Documents per language.</summary>
    public required TableView ByLanguage { get; init; }

    /// <summary>Documents per source (manifest <c>source</c> column), or null.</summary>
    public TableView? BySource { get; init; }

    /// <summary>The documents.</summary>
    public required TableView Documents { get; init; }

    /// <summary>Files that could not be read, with the reason.</summary>
    public required TableView Failed { get; init; }

    /// <summary>What cleaning did.</summary>
    public required IReadOnlyList<Fact> Cleaning { get; init; }

    /// <summary>Cleaning changes by step and rule (from cleaning_log.csv), or null.</summary>
    public TableView? CleaningSteps { get; init; }

    /// <summary>Concept totals over the corpus.</summary>
    public required TableView ConceptTotals { get; init; }

    /// <summary>Concept × group (one per token language), or concept × document for a small corpus without grouping.</summary>
    public required IReadOnlyList<TableView> ConceptMatrices { get; init; }

    /// <summary>Rate charts: trends, bars, heatmap.</summary>
    public required IReadOnlyList<ChartView> RateCharts { get; init; }

    /// <summary>Keyness charts.</summary>
    public required IReadOnlyList<ChartView> KeynessCharts { get; init; }

    /// <summary>Top rows of keyness.csv, or null.</summary>
    public TableView? KeynessConcepts { get; init; }

    /// <summary>Top rows of keyness_words.csv, or null.</summary>
    public TableView? KeynessWords { get; init; }

    /// <summary>Co-occurrence charts.</summary>
    public required IReadOnlyList<ChartView> CooccurrenceCharts { get; init; }

    /// <summary>Top co-occurring pairs, or null.</summary>
    public TableView? CooccurrencePairs { get; init; }

    /// <summary>Topic and cluster tables (first rows).</summary>
    public required IReadOnlyList<TableView> Topics { get; init; }

    /// <summary>Topic and cluster charts.</summary>
    public required IReadOnlyList<ChartView> TopicCharts { get; init; }

    /// <summary>Per concept, its first hits.</summary>
    public required IReadOnlyList<KwicView> Kwic { get; init; }

    /// <summary>How many hits are shown per concept.</summary>
    public required string KwicLimit { get; init; }

    /// <summary>Warnings: recorded by the run, and checks on the results.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>The steps to reproduce the run.</summary>
    public required IReadOnlyList<string> Reproduce { get; init; }

    /// <summary>Whether a comparison (concept_by_group.csv) is present.</summary>
    public bool HasComparison { get; init; }

    /// <summary>Whether keyness tables are present.</summary>
    public bool HasKeyness => KeynessConcepts is not null || KeynessWords is not null || KeynessCharts.Count > 0;

    /// <summary>Whether co-occurrence results are present.</summary>
    public bool HasCooccurrence => CooccurrencePairs is not null || CooccurrenceCharts.Count > 0;

    /// <summary>Whether topics or clusters are present.</summary>
    public bool HasTopics => Topics.Count > 0 || TopicCharts.Count > 0;
}
