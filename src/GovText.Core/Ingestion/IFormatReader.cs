namespace GovText.Core.Ingestion;

/// <summary>Reads one file format into raw blocks of lines.</summary>
public interface IFormatReader
{
    /// <summary>The format name recorded for the document (text, html, pdf, docx).</summary>
    string Format { get; }

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="cancellationToken"/> ends the work when the document's time budget is spent.</summary>
    /// <exception cref="IngestException">The file cannot be read; the message says why.</exception>
    RawDocument Read(string path, CancellationToken cancellationToken = default);
}
