using GovText.Core.Ingestion;

namespace GovText.Core.Pipeline;

/// <summary>Options of a pipeline run.</summary>
/// <param name="Ingest">What to ingest and how to clean it.</param>
/// <param name="OutDir">Where outputs go; must not be inside the corpus folder.</param>
public sealed record AnalysisOptions(IngestOptions Ingest, string OutDir)
{
    /// <summary>Stop at the first file that cannot be read (exit code 1) instead of going on.</summary>
    public bool Strict { get; init; }

    /// <summary>Write cleaning_log.csv: every change cleaning made, per document.</summary>
    public bool ExplainCleaning => Ingest.Cleaning.Explain;
}
