namespace GovText.Core.Results;

/// <summary>
/// The names of everything GovText writes into a results folder, defined here once: writers, readers, the
/// run summary and the docs (docs/outputs.md) all refer to these.
/// </summary>
public static class ResultFiles
{
    /// <summary>One row per document read (ingestion).</summary>
    public const string Documents = "documents.csv";

    /// <summary>Files that could not be read (ingestion).</summary>
    public const string IngestErrors = "ingest_errors.csv";

    /// <summary>Every change cleaning made (ingestion, on request).</summary>
    public const string CleaningLog = "cleaning_log.csv";

    /// <summary>The folder of cleaned texts, <c>text/&lt;doc_id&gt;.txt</c>.</summary>
    public const string TextFolder = "text";

    /// <summary>Concept counts per document and language (counting).</summary>
    public const string ConceptCounts = "concept_counts.csv";

    /// <summary>Every concept match with its offsets (counting).</summary>
    public const string ConceptMatches = "concept_matches.csv";

    /// <summary>Word-type frequencies per document and language (counting).</summary>
    public const string WordFrequencies = "word_frequencies.csv";

    /// <summary>Concept rates per group of documents (comparison).</summary>
    public const string ConceptByGroup = "concept_by_group.csv";

    /// <summary>Concept keyness, target against reference (comparison).</summary>
    public const string ConceptKeyness = "keyness.csv";

    /// <summary>Word keyness, target against reference (comparison).</summary>
    public const string WordKeyness = "keyness_words.csv";

    /// <summary>Concept co-mentions per sentence, paragraph and document (comparison).</summary>
    public const string Cooccurrence = "cooccurrence.csv";

    /// <summary>The folder of charts (PNG and SVG).</summary>
    public const string ChartsFolder = "charts";
}
