using CsvHelper.Configuration;

namespace GovText.Core.Results;

/// <summary>The fixed columns of <c>documents.csv</c> (<see cref="DocumentRow.FixedColumns"/>); <see cref="DocumentsTable"/> adds the manifest's.</summary>
public sealed class DocumentRowMap : ClassMap<DocumentRow>
{
    /// <summary>Maps every fixed column, in file order.</summary>
    public DocumentRowMap()
    {
        Map(r => r.DocId).Name("doc_id").Index(0);
        Map(r => r.Path).Name("path").Index(1);
        Map(r => r.Title).Name("title").Index(2);
        Map(r => r.Year).Name("year").Index(3);
        Map(r => r.YearSource).Name("year_source").Index(4);
        Map(r => r.Language).Name("language").Index(5);
        Map(r => r.Encoding).Name("encoding").Index(6);
        Map(r => r.Chars).Name("chars").Index(7);
        Map(r => r.HanChars).Name("han_chars").Index(8);
        Map(r => r.LatinWords).Name("latin_words").Index(9);
        Map(r => r.Paragraphs).Name("paragraphs").Index(10);
        Map(r => r.Sentences).Name("sentences").Index(11);
        Map(r => r.RemovedLines).Name("removed_lines").Index(12);
        Map(r => r.Sha256).Name("sha256").Index(13);
    }
}
