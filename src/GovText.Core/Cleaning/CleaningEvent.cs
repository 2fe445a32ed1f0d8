namespace GovText.Core.Cleaning;

/// <summary>One change cleaning made to a document, for the audit log.</summary>
/// <param name="Step">The step (see <see cref="CleaningStep"/>).</param>
/// <param name="Rule">The boilerplate rule id, or the step's own reason (e.g. <c>known-word</c>).</param>
/// <param name="Line">The 1-based source line (block for HTML, PDF, DOCX) the change is in; for a paragraph-level step, the paragraph's first line.</param>
/// <param name="Text">What was removed, or <c>before → after</c> for a repair.</param>
public sealed record CleaningEvent(string Step, string Rule, int Line, string Text);
