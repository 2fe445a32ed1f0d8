using GovText.Core.Ingestion;
using GovText.Core.Output;
using GovText.Core.Results;

namespace GovText.Core.Pipeline;

/// <summary>Options of a pipeline run.</summary>
/// <param name="Ingest">What to ingest and how to clean it.</param>
/// <param name="OutDir">Where outputs go; must not be inside the corpus folder.</param>
public sealed record AnalysisOptions(IngestOptions Ingest, string OutDir)
{
    /// <summary>Stop at the first file that cannot be read (exit code 1) instead of going on.</summary>
    public bool Strict { get; init; }

    /// <summary>The format of the large count tables (concept counts, matches, word frequencies); the others are CSV.</summary>
    public TableFormat TableFormat { get; init; } = TableFormat.Csv;

    /// <summary>
    /// Write <c>word_frequencies</c> (every word type per document: the largest table, about twice the corpus as CSV).
    /// Off by default; a run that computes word keyness writes it regardless, so its folder can be compared again.
    /// </summary>
    public bool WordFrequencies { get; init; }

    /// <summary>
    /// The ledger of the <see cref="ResultsTransaction"/> whose staging folder <see cref="OutDir"/> is, or null. With a
    /// ledger the document pass hashes each <c>text/</c> file as it writes it and records it there (so the commit does not
    /// read them back), and writes it in place rather than atomically, since nothing reads a staging folder before its
    /// commit (<see cref="Ingestion.IngestionOutput.WriteText"/>).
    /// </summary>
    public OutputLedger? Ledger { get; init; }

    /// <summary>Write cleaning_log.csv: every change cleaning made, per document.</summary>
    public bool ExplainCleaning => Ingest.Cleaning.Explain;
}
