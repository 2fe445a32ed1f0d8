using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovText.Core.Ingestion;

/// <summary>Reads .docx files with DocumentFormat.OpenXml: the body's paragraphs in order (tables included), runs joined; the core title property as the title.</summary>
public sealed class DocxReader : IFormatReader
{
    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public RawDocument Read(string path)
    {
        var blocks = new List<IReadOnlyList<RawLine>>();
        string? title;
        try
        {
            using var doc = WordprocessingDocument.Open(path, isEditable: false);
            title = doc.PackageProperties.Title;
            var body = doc.MainDocumentPart?.Document?.Body
                ?? throw new IngestException("DOCX has no document body (main part missing): re-save it from a word processor");
            var number = 0;
            foreach (var paragraph in body.Descendants<W.Paragraph>())
            {
                number++;
                var text = string.Concat(paragraph.Descendants<W.Text>().Select(t => t.Text));
                if (!string.IsNullOrWhiteSpace(text)) blocks.Add([new RawLine(number, text)]);
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw new IngestException($"not a valid DOCX (not a zip package of a Word document): {ex.Message}", ex);
        }
        if (blocks.Count == 0) throw new IngestException("empty DOCX: the document has no text");
        return new RawDocument(blocks, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), null, Format, FileHash.Sha256(path));
    }
}
