using GovText.Core.Comparison;
using GovText.Core.Counting;

namespace GovText.Core.Pipeline;

/// <summary>What an <see cref="AnalysisWorkflow"/> run did.</summary>
/// <param name="Ingest">Ingestion totals, every file written (comparison files included) and the exit code.</param>
/// <param name="Counts">Count totals, or null when nothing was counted.</param>
/// <param name="Comparison">The comparison run, or null when none was asked for.</param>
public sealed record WorkflowResult(AnalysisResult Ingest, CountSummary? Counts, ComparisonResult? Comparison);
