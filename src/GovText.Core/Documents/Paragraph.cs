namespace GovText.Core.Documents;

/// <summary>One paragraph of a document's cleaned text.</summary>
/// <param name="Index">Position in the document, from 0.</param>
/// <param name="Start">Offset of the paragraph's first character in <see cref="Document.Text"/>.</param>
/// <param name="Text">The paragraph's text (one line: hard wraps are already joined).</param>
/// <param name="Sentences">The paragraph's sentences, with document-wide indexes and offsets.</param>
public sealed record Paragraph(int Index, int Start, string Text, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>Offset just past the paragraph's last character in <see cref="Document.Text"/>.</summary>
    public int End => Start + Text.Length;
}
