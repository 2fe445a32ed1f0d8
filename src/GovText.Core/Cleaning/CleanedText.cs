namespace GovText.Core.Cleaning;

/// <summary>The result of cleaning one document.</summary>
/// <param name="Paragraphs">Non-empty paragraphs in order, each with the source line (block) it starts at.</param>
/// <param name="Head">The first <see cref="TextCleaner.HeadChars"/> characters of the text after the unicode step, up to the first line a tail boilerplate rule removes (lines joined by \n), where a year of publication is looked for.</param>
/// <param name="Report">What cleaning changed.</param>
public sealed record CleanedText(IReadOnlyList<(string Text, int Line)> Paragraphs, string Head, CleaningReport Report)
{
    /// <summary>Source lines (blocks) that held any non-space character before cleaning; 0 means the source was empty.</summary>
    public int SourceLines { get; init; }
}
