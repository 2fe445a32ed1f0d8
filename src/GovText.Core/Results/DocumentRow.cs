using System.Globalization;
using GovText.Core.Documents;
using GovText.Core.Text;

namespace GovText.Core.Results;

/// <summary>
/// One row of <c>documents.csv</c>: a document's identity, year, language and sizes, then the manifest's extra
/// columns (<c>source</c>, <c>region</c>, …) that comparisons group and filter on. The fresh run builds it from the
/// <see cref="Document"/>; a replayed run reads it back with <see cref="DocumentRowMap"/>; both give the same row.
/// </summary>
public sealed record DocumentRow
{
    /// <summary>The fixed columns, in file order; the manifest's extra columns follow.</summary>
    public static readonly IReadOnlyList<string> FixedColumns =
        ["doc_id", "path", "title", "year", "year_source", "language", "encoding", "chars", "han_chars", "latin_words", "paragraphs", "sentences", "removed_lines", "sha256"];

    /// <summary>The document id.</summary>
    public required string DocId { get; init; }

    /// <summary>The source path relative to the corpus folder.</summary>
    public string Path { get; init; } = "";

    /// <summary>The title, or empty.</summary>
    public string Title { get; init; } = "";

    /// <summary>The year, if known.</summary>
    public int? Year { get; init; }

    /// <summary><c>manifest</c>, <c>inferred</c> or empty.</summary>
    public string YearSource { get; init; } = "";

    /// <summary>The document's language tag.</summary>
    public Language Language { get; init; }

    /// <summary>The text encoding of the source, or empty for PDF/DOCX.</summary>
    public string Encoding { get; init; } = "";

    /// <summary>Unicode code points of cleaned text.</summary>
    public int Chars { get; init; }

    /// <summary>Han code points of cleaned text.</summary>
    public int HanChars { get; init; }

    /// <summary>Runs of Latin letters.</summary>
    public int LatinWords { get; init; }

    /// <summary>Paragraphs.</summary>
    public int Paragraphs { get; init; }

    /// <summary>Sentences.</summary>
    public int Sentences { get; init; }

    /// <summary>Source lines removed by boilerplate rules.</summary>
    public int RemovedLines { get; init; }

    /// <summary>SHA-256 of the source file.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>The manifest's extra columns as (header, value), in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];

    /// <summary>The row of <paramref name="document"/>; <paramref name="metadataHeaders"/> name its manifest columns in order.</summary>
    public static DocumentRow From(Document document, IReadOnlyList<(string Header, string Column)> metadataHeaders) => new()
    {
        DocId = document.Id,
        Path = document.Path,
        Title = document.Title ?? "",
        Year = document.Year,
        YearSource = document.YearSource ?? "",
        Language = document.Language,
        Encoding = document.Encoding ?? "",
        Chars = document.Chars,
        HanChars = document.HanChars,
        LatinWords = document.LatinWords,
        Paragraphs = document.Paragraphs.Count,
        Sentences = document.SentenceCount,
        RemovedLines = document.RemovedLines,
        Sha256 = document.Sha256,
        Metadata = metadataHeaders
            .Select(h => new KeyValuePair<string, string>(h.Header, document.Metadata.GetValueOrDefault(h.Column, "")))
            .ToArray(),
    };

    /// <summary>The trimmed value of <paramref name="column"/> as the file shows it, or empty when absent.</summary>
    public string Get(string column) => (column switch
    {
        "doc_id" => DocId,
        "path" => Path,
        "title" => Title,
        "year" => Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        "year_source" => YearSource,
        "language" => Language.Code,
        "encoding" => Encoding,
        "chars" => Number(Chars),
        "han_chars" => Number(HanChars),
        "latin_words" => Number(LatinWords),
        "paragraphs" => Number(Paragraphs),
        "sentences" => Number(Sentences),
        "removed_lines" => Number(RemovedLines),
        "sha256" => Sha256,
        _ => MetadataValue(column),
    }).Trim();

    private string MetadataValue(string column)
    {
        foreach (var (header, value) in Metadata)
            if (string.Equals(header, column, StringComparison.Ordinal)) return value;
        return "";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
