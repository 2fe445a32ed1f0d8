using GovText.Core.Counting;

namespace GovText.Core.Pipeline;

/// <summary>What an <see cref="AnalysisWorkflow"/> run did.</summary>
/// <param name="Ingest">Ingestion totals, every file written (those of the stages after the pass included) and the exit code.</param>
/// <param name="Counts">Count totals, or null when nothing was counted.</param>
/// <param name="After">What the stages after the document pass produced (comparison, charts, models, report), or null when none ran.</param>
public sealed record WorkflowResult(AnalysisResult Ingest, CountSummary? Counts, CorpusResults? After);
