namespace GovText.Core.Ingestion;

/// <summary>A line of source text before cleaning, with the 1-based number of the line (or block) it came from.</summary>
/// <param name="Number">1-based line number in a text file; the block number for HTML, PDF and DOCX sources.</param>
/// <param name="Text">The line's text, without its line break.</param>
public sealed record RawLine(int Number, string Text);
