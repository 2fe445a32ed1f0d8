using GovText.Core.Cleaning;
using GovText.Core.Text;

namespace GovText.Core.Documents;

/// <summary>
/// One ingested, cleaned, sentence-split and language-tagged document: what every later stage consumes.
/// Its content depends only on its own source file, its manifest row and the cleaning options, never on
/// which other documents are in the batch.
/// </summary>
/// <param name="Id">The document id (from the manifest, or derived from the file name).</param>
/// <param name="Path">The source path relative to the corpus folder, with <c>/</c> separators.</param>
/// <param name="Title">The manifest title, else the title the file carries (HTML, PDF, DOCX), else null.</param>
/// <param name="Year">The manifest year, else a year clearly stated near the start of the text, else null.</param>
/// <param name="YearSource"><c>manifest</c>, <c>inferred</c> or null.</param>
/// <param name="Language">The manifest language if given, else <see cref="DetectedLanguage"/>.</param>
/// <param name="Encoding">The text encoding used to decode the source (e.g. <c>utf-8</c>, <c>gb18030</c>), or null for PDF/DOCX.</param>
/// <param name="Metadata">The manifest's extra columns for this document, in manifest column order.</param>
/// <param name="Paragraphs">The cleaned paragraphs in order.</param>
public sealed record Document(
    string Id,
    string Path,
    string? Title,
    int? Year,
    string? YearSource,
    Language Language,
    string? Encoding,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>The separator between paragraphs in <see cref="Text"/>: one blank line.</summary>
    public const string ParagraphSeparator = "\n\n";

    private string? _text;

    /// <summary>
    /// The cleaned text exactly as written to <c>text/&lt;id&gt;.txt</c>: paragraphs joined by a blank line.
    /// Built on first use and kept, so a stage that never asks for it never pays for a second copy.
    /// </summary>
    public string Text => _text ??= string.Join(ParagraphSeparator, Paragraphs.Select(p => p.Text));

    /// <summary>Writes <see cref="Text"/> to <paramref name="writer"/> paragraph by paragraph, without building it.</summary>
    public void WriteText(TextWriter writer)
    {
        for (var i = 0; i < Paragraphs.Count; i++)
        {
            if (i > 0) writer.Write(ParagraphSeparator);
            writer.Write(Paragraphs[i].Text);
        }
    }

    /// <summary>The language measured from the text's script shares, whatever the manifest says.</summary>
    public required Language DetectedLanguage { get; init; }

    /// <summary>The source format: <c>text</c>, <c>html</c>, <c>pdf</c> or <c>docx</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Unicode code points in <see cref="Text"/>.</summary>
    public required int Chars { get; init; }

    /// <summary>Han (CJK ideograph) code points in <see cref="Text"/>.</summary>
    public required int HanChars { get; init; }

    /// <summary>Runs of Latin letters in <see cref="Text"/>.</summary>
    public required int LatinWords { get; init; }

    /// <summary>Source lines removed by boilerplate rules.</summary>
    public required int RemovedLines { get; init; }

    /// <summary>Total number of sentences.</summary>
    public required int SentenceCount { get; init; }

    /// <summary>Lowercase hex SHA-256 of the source file's bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>What cleaning did to this document: counts per step and rule, and (when asked for) each change.</summary>
    public required CleaningReport Cleaning { get; init; }

    /// <summary>All sentences in document order.</summary>
    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);
}
