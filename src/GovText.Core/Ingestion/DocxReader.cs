using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace GovText.Core.Ingestion;

/// <summary>
/// Reads .docx files: the package is opened with DocumentFormat.OpenXml (title from the core properties), and the
/// main document part is streamed with an <see cref="XmlReader"/>, so neither deep nesting (thousands of nested
/// content controls) nor a decompression bomb can overflow the stack or take the machine's memory: each Word
/// paragraph (tables and text boxes included) is a block, its text runs joined; the inflated XML is capped at
/// <see cref="IngestLimits.MaxInflatedBytes"/> and the text at <see cref="IngestLimits.MaxCharsPerDocument"/>.
/// </summary>
public sealed class DocxReader : IFormatReader
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public RawDocument Read(string path, CancellationToken cancellationToken = default)
    {
        List<IReadOnlyList<RawLine>> blocks;
        string? title;
        try
        {
            using var doc = WordprocessingDocument.Open(path, isEditable: false);
            title = doc.PackageProperties.Title;
            var main = doc.MainDocumentPart
                ?? throw new IngestException("DOCX has no document body (main part missing): re-save it from a word processor");
            using var stream = new InflationLimit(main.GetStream(FileMode.Open, FileAccess.Read));
            blocks = Paragraphs(stream, cancellationToken);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException)
        {
            throw new IngestException($"not a valid DOCX (not a zip package of a Word document): {ex.Message}", ex);
        }
        if (blocks.Count == 0) throw new IngestException("empty DOCX: the document has no text");
        return new RawDocument(blocks, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), null, Format, FileHash.Sha256(path));
    }

    // Paragraphs in document order (by where each starts); a paragraph inside another (a text box) is its own block.
    private static List<IReadOnlyList<RawLine>> Paragraphs(Stream stream, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var xml = XmlReader.Create(stream, settings);
        var open = new Stack<(int Number, StringBuilder Text)>();
        var done = new List<(int Number, string Text)>();
        var number = 0;
        var inText = false;
        long chars = 0;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.NamespaceURI == WordNamespace:
                    if (xml.LocalName == "p")
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        number++;
                        if (!xml.IsEmptyElement) open.Push((number, new StringBuilder()));
                    }
                    else if (xml.LocalName == "t" && !xml.IsEmptyElement) inText = true;
                    break;
                case XmlNodeType.EndElement when xml.NamespaceURI == WordNamespace:
                    if (xml.LocalName == "t") inText = false;
                    else if (xml.LocalName == "p" && open.Count > 0)
                    {
                        var (n, text) = open.Pop();
                        var value = text.ToString();
                        if (!string.IsNullOrWhiteSpace(value)) done.Add((n, value));
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText && open.Count > 0:
                    var piece = xml.Value;
                    chars += piece.Length;
                    if (chars > IngestLimits.MaxCharsPerDocument) throw IngestLimits.TooManyChars();
                    open.Peek().Text.Append(piece);
                    break;
            }
        }
        return done.OrderBy(d => d.Number).Select(d => (IReadOnlyList<RawLine>)[new RawLine(d.Number, d.Text)]).ToList();
    }

    // Counts the bytes inflated from the zip entry and stops at the limit, before a bomb fills the memory.
    private sealed class InflationLimit(Stream inner) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            if (_read > IngestLimits.MaxInflatedBytes)
                throw new IngestException(
                    $"the document's XML inflates to more than {IngestLimits.MaxInflatedBytes >> 20} MB, GovText's limit per DOCX: " +
                    "a decompression bomb, or a document to split; re-save it as text if it is real");
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
