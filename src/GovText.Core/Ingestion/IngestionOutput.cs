using System.Globalization;
using CsvHelper;
using GovText.Core.Corpus;
using GovText.Core.Documents;
using GovText.Core.Output;

namespace GovText.Core.Ingestion;

/// <summary>
/// Writes the ingestion outputs: documents.csv, text/&lt;doc_id&gt;.txt, ingest_errors.csv and (when asked)
/// cleaning_log.csv. Every file is written atomically; nothing holds a timestamp, so a re-run gives the same bytes.
/// </summary>
public static class IngestionOutput
{
    /// <summary>documents.csv's fixed columns, in order; the manifest's extra columns follow.</summary>
    public static readonly IReadOnlyList<string> DocumentColumns =
        ["doc_id", "path", "title", "year", "year_source", "language", "encoding", "chars", "han_chars", "latin_words", "paragraphs", "sentences", "removed_lines", "sha256"];

    /// <summary>The columns of cleaning_log.csv.</summary>
    public static readonly IReadOnlyList<string> CleaningLogColumns = ["doc_id", "step", "rule", "line", "text"];

    /// <summary>The file names written into the output folder.</summary>
    public const string DocumentsFile = "documents.csv", ErrorsFile = "ingest_errors.csv", CleaningLogFile = "cleaning_log.csv", TextFolder = "text";

    /// <summary>
    /// The header names for the manifest's extra columns: a name that clashes with a fixed column (or with a name
    /// already given, such as a manifest's own <c>manifest_sha256</c> beside its <c>sha256</c>) gets a <c>manifest_</c>
    /// prefix until it is unique, so documents.csv never has two columns of the same name.
    /// </summary>
    public static IReadOnlyList<string> MetadataHeaders(Manifest manifest)
    {
        var taken = new HashSet<string>(DocumentColumns, StringComparer.Ordinal);
        foreach (var column in manifest.ExtraColumns) taken.Add(column.Name);
        var headers = new List<string>();
        foreach (var column in manifest.ExtraColumns)
        {
            var name = column.Name;
            if (DocumentColumns.Contains(name))
            {
                do name = "manifest_" + name;
                while (!taken.Add(name));
            }
            headers.Add(name);
        }
        return headers;
    }

    /// <summary>Writes the header of documents.csv.</summary>
    public static void WriteDocumentsHeader(CsvWriter csv, Manifest manifest)
    {
        foreach (var column in DocumentColumns.Concat(MetadataHeaders(manifest))) csv.WriteField(column);
        csv.NextRecord();
    }

    /// <summary>Writes one document's row of documents.csv.</summary>
    public static void WriteDocumentRow(CsvWriter csv, Document d, Manifest manifest)
    {
        csv.WriteField(d.Id);
        csv.WriteField(d.Path);
        csv.WriteField(d.Title ?? "");
        csv.WriteField(d.Year?.ToString(CultureInfo.InvariantCulture) ?? "");
        csv.WriteField(d.YearSource ?? "");
        csv.WriteField(d.Language);
        csv.WriteField(d.Encoding ?? "");
        csv.WriteField(d.Chars.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(d.HanChars.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(d.LatinWords.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(d.Paragraphs.Count.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(d.SentenceCount.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(d.RemovedLines.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(d.Sha256);
        foreach (var column in manifest.ExtraColumns) csv.WriteField(d.Metadata.GetValueOrDefault(column.Name, ""));
        csv.NextRecord();
    }

    /// <summary>Writes one document's cleaning events to cleaning_log.csv.</summary>
    public static void WriteCleaningLog(CsvWriter csv, Document d)
    {
        foreach (var e in d.Cleaning.Events)
        {
            csv.WriteField(d.Id);
            csv.WriteField(e.Step);
            csv.WriteField(e.Rule);
            csv.WriteField(e.Line.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(e.Text);
            csv.NextRecord();
        }
    }

    /// <summary>Writes <c>text/&lt;doc_id&gt;.txt</c>: exactly <see cref="Document.Text"/>, UTF-8 without BOM.</summary>
    public static string WriteText(string outDir, Document d)
    {
        var path = Path.Combine(outDir, TextFolder, d.Id + ".txt");
        AtomicFile.WriteText(path, d.WriteText);
        return path;
    }

    /// <summary>Writes ingest_errors.csv (<c>path,error</c>), header only when there were no failures.</summary>
    public static string WriteErrors(string outDir, IEnumerable<IngestFailed> failures)
    {
        var path = Path.Combine(outDir, ErrorsFile);
        CsvOutput.Write(path, csv =>
        {
            csv.WriteField("path");
            csv.WriteField("error");
            csv.NextRecord();
            foreach (var f in failures)
            {
                csv.WriteField(f.Path);
                csv.WriteField(f.Error);
                csv.NextRecord();
            }
        });
        return path;
    }
}
