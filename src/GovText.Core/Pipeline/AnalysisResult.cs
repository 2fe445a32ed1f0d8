namespace GovText.Core.Pipeline;

/// <summary>The result of a pipeline run.</summary>
/// <param name="Summary">Ingestion totals.</param>
/// <param name="OutDir">The absolute output folder.</param>
/// <param name="FilesWritten">Every output file (text/ counted as the folder), in the order written.</param>
/// <param name="ExitCode">0 when every file was read, 1 when some failed (see <see cref="Errors.ExitCode"/>).</param>
public sealed record AnalysisResult(IngestSummary Summary, string OutDir, IReadOnlyList<string> FilesWritten, int ExitCode);
