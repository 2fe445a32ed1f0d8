
namespace GovText.Core.Results;

/// <summary>The fixed columns of <c>documents.csv</c> (<see cref="DocumentRow.FixedColumns"/>); <see cref="DocumentsTable"/> adds the manifest's.</summary>
public sealed class DocumentRowMap : TableMap<DocumentRow>
{
    /// <summary>Maps every fixed column, in file order.</summary>
    public DocumentRowMap()
    {
        Column(nameof(DocumentRow.DocId), "doc_id");
        Column(nameof(DocumentRow.Path), "path");
        Column(nameof(DocumentRow.Title), "title");
        Column(nameof(DocumentRow.Year), "year");
        Column(nameof(DocumentRow.YearSource), "year_source");
        Column(nameof(DocumentRow.Language), "language");
        Column(nameof(DocumentRow.Encoding), "encoding");
        Column(nameof(DocumentRow.Chars), "chars");
        Column(nameof(DocumentRow.HanChars), "han_chars");
        Column(nameof(DocumentRow.LatinWords), "latin_words");
        Column(nameof(DocumentRow.Paragraphs), "paragraphs");
        Column(nameof(DocumentRow.Sentences), "sentences");
        Column(nameof(DocumentRow.RemovedLines), "removed_lines");
        Column(nameof(DocumentRow.Sha256), "sha256");
    }
}
