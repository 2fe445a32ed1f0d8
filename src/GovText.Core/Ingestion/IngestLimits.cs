namespace GovText.Core.Ingestion;

/// <summary>
/// Limits that keep one hostile or broken file from stopping the batch or the machine. A real corpus never reaches
/// them (the longest documents of the shared corpora are under a million characters); a file that crosses one fails
/// with a message naming the limit, is listed in ingest_errors.csv, and the rest of the batch goes on.
/// docs/input-formats.md lists them.
/// </summary>
public static class IngestLimits
{
    /// <summary>Characters one document may hold (64 million: some 30 bibles, 60 times the longest work report corpus file).</summary>
    public const long MaxCharsPerDocument = 64_000_000;

    /// <summary>
    /// Bytes one compressed part may inflate to: a DOCX's main XML part, one stream of a PDF (256 MB; a 500-page Word
    /// thesis has a few MB of XML, a page's content stream some kilobytes).
    /// </summary>
    public const long MaxInflatedBytes = 256L << 20;

    /// <summary>Bytes all the streams of one PDF may inflate to together (1 GB: a 1,000-page PDF full of vector maps stays far below).</summary>
    public const long MaxInflatedBytesPerPdf = 1L << 30;

    /// <summary>The default time one document may take to read and clean (<c>--time-budget</c> changes it).</summary>
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(120);

    /// <summary>The message for a document over <see cref="MaxCharsPerDocument"/>.</summary>
    public static IngestException TooManyChars() => new(
        $"the document has more than {MaxCharsPerDocument / 1_000_000} million characters, GovText's limit per document: " +
        "split it into several files (or check that it is text: a decompression bomb or a generated file?)");
}
