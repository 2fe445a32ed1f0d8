using GovText.Core.Text;

namespace GovText.Core.Documents;

/// <summary>
/// One sentence of a document. <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into
/// <see cref="Document.Text"/> (end exclusive), so <c>document.Text[Start..End]</c> is the sentence.
/// </summary>
/// <param name="Index">Position in the document, counted document-wide from 0.</param>
/// <param name="Start">Offset of the first character in <see cref="Document.Text"/>.</param>
/// <param name="End">Offset just past the last character in <see cref="Document.Text"/>.</param>
/// <param name="Language"><c>zh</c>, <c>en</c>, <c>mixed</c> or <c>other</c> (see <see cref="LanguageTagger"/>).</param>
public sealed record Sentence(int Index, int Start, int End, Language Language)
{
    /// <summary>The sentence's length in UTF-16 code units.</summary>
    public int Length => End - Start;
}
