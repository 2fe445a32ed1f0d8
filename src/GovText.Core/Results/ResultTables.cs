using GovText.Core.Comparison;
using GovText.Core.Counting;

namespace GovText.Core.Results;

/// <summary>
/// Every fixed-column table of a results folder (<c>documents.csv</c>, whose columns follow the manifest, is
/// <see cref="DocumentsTable"/>). The three count tables are the large ones: CSV or Parquet (<see cref="TableFormat"/>);
/// read them with <see cref="ResultTable{TRow}.ReadIn"/>, which takes either.
/// </summary>
public static class ResultTables
{
    /// <summary><c>ingest_errors.csv</c>.</summary>
    public static readonly ResultTable<IngestErrorRow> IngestErrors = new(ResultFiles.IngestErrors, new IngestErrorRowMap());

    /// <summary><c>cleaning_log.csv</c>.</summary>
    public static readonly ResultTable<CleaningLogRow> CleaningLog = new(ResultFiles.CleaningLog, new CleaningLogRowMap());

    /// <summary><c>concept_counts.csv</c> or <c>.parquet</c>.</summary>
    public static readonly ResultTable<ConceptCountRow> ConceptCounts = new(ResultFiles.ConceptCounts, new ConceptCountRowMap(), parquet: true);

    /// <summary><c>concept_matches.csv</c> or <c>.parquet</c>.</summary>
    public static readonly ResultTable<ConceptMatchRow> ConceptMatches = new(ResultFiles.ConceptMatches, new ConceptMatchRowMap(), parquet: true);

    /// <summary><c>word_frequencies.csv</c> or <c>.parquet</c>.</summary>
    public static readonly ResultTable<WordFrequencyRow> WordFrequencies = new(ResultFiles.WordFrequencies, new WordFrequencyRowMap(), parquet: true);

    /// <summary><c>concept_by_group.csv</c>.</summary>
    public static readonly ResultTable<ConceptGroupRow> ConceptByGroup = new(ResultFiles.ConceptByGroup, new ConceptGroupRowMap());

    /// <summary><c>keyness.csv</c>.</summary>
    public static readonly ResultTable<KeynessRow> ConceptKeyness = new(ResultFiles.ConceptKeyness, new KeynessRowMap("concept_id"));

    /// <summary><c>keyness_words.csv</c>.</summary>
    public static readonly ResultTable<KeynessRow> WordKeyness = new(ResultFiles.WordKeyness, new KeynessRowMap("token"));

    /// <summary><c>cooccurrence.csv</c>.</summary>
    public static readonly ResultTable<CooccurrenceRow> Cooccurrence = new(ResultFiles.Cooccurrence, new CooccurrenceRowMap());
}
