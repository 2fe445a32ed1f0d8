using System.Globalization;
using CsvHelper;
using GovText.Core.Corpus;
using GovText.Core.Documents;
using GovText.Core.Errors;
using GovText.Core.Output;
using GovText.Core.Results;

namespace GovText.Core.Ingestion;

/// <summary>
/// Writes the ingestion outputs (documents.csv's rows: <see cref="DocumentsTable"/>): text/&lt;doc_id&gt;.txt, ingest_errors.csv and (when asked)
/// cleaning_log.csv. Every file is written atomically; nothing holds a timestamp, so a re-run gives the same bytes.
/// </summary>
public static class IngestionOutput
{
    /// <summary>The manifest's extra columns as documents.csv names them (<see cref="MetadataHeaders"/>), each with the manifest column it comes from.</summary>
    public static IReadOnlyList<(string Header, string Column)> MetadataColumns(Manifest manifest)
    {
        var taken = new HashSet<string>(DocumentRow.FixedColumns, StringComparer.Ordinal);
        foreach (var column in manifest.ExtraColumns) taken.Add(column.Name);
        var headers = new List<(string, string)>();
        foreach (var column in manifest.ExtraColumns)
        {
            var name = column.Name;
            if (DocumentRow.FixedColumns.Contains(name))
            {
                do name = "manifest_" + name;
                while (!taken.Add(name));
            }
            headers.Add((name, column.Name));
        }
        return headers;
    }

    /// <summary>
    /// The header names for the manifest's extra columns: a name that clashes with a fixed column (or with a name
    /// already given, such as a manifest's own <c>manifest_sha256</c> beside its <c>sha256</c>) gets a <c>manifest_</c>
    /// prefix until it is unique, so documents.csv never has two columns of the same name.
    /// </summary>
    public static IReadOnlyList<string> MetadataHeaders(Manifest manifest) => MetadataColumns(manifest).Select(c => c.Header).ToArray();

    /// <summary>Writes cleaning_log.csv's header (<see cref="ResultTables.CleaningLog"/>) on <paramref name="csv"/>.</summary>
    public static void WriteCleaningLogHeader(CsvWriter csv)
    {
        csv.Context.RegisterClassMap(ResultTables.CleaningLog.Map);
        csv.WriteHeader<CleaningLogRow>();
        csv.NextRecord();
    }

    /// <summary>Writes one document's cleaning events to cleaning_log.csv (after <see cref="WriteCleaningLogHeader"/>).</summary>
    public static void WriteCleaningLog(CsvWriter csv, Document d)
    {
        foreach (var e in d.Cleaning.Events)
        {
            csv.WriteRecord(new CleaningLogRow { DocId = d.Id, Step = e.Step, Rule = e.Rule, Line = e.Line, Text = e.Text });
            csv.NextRecord();
        }
    }

    private const int TextBufferChars = 8192;

    /// <summary>Writes <c>text/&lt;doc_id&gt;.txt</c>: exactly <see cref="Document.Text"/>, UTF-8 without BOM.</summary>
    /// <param name="outDir">The results (or staging) folder.</param>
    /// <param name="d">The document.</param>
    /// <param name="ledger">
    /// The ledger of the <see cref="ResultsTransaction"/> whose staging folder <paramref name="outDir"/> is: the file is
    /// hashed as it is written and recorded there, and written in place (see the remarks). Null: written atomically
    /// (a temporary file, then a rename), not hashed.
    /// </param>
    /// <remarks>
    /// Nothing reads a staging folder before its commit, and what a dead run left there the next run removes, so a file
    /// written in place is as safe there as one written atomically, for two directory operations fewer per document in
    /// a folder that every worker writes into.
    /// </remarks>
    public static string WriteText(string outDir, Document d, OutputLedger? ledger = null)
    {
        var path = Path.Combine(outDir, ResultFiles.TextFolder, d.Id + ".txt");
        if (ledger is null)
        {
            AtomicFile.Write(path, stream => WriteContent(stream, d));
            return path;
        }
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var hashing = new HashingStream(stream))
        {
            WriteContent(hashing, d);
            ledger.Record(path, hashing.BytesWritten, hashing.Sha256());
        }
        return path;
    }

    // A writer with an 8 K-char buffer: AtomicFile.WriteText's 64 K-char writer allocates a 128 KB char buffer and a
    // 192 KB byte buffer, both on the large-object heap, for every document (gen-2 collections in a run of thousands).
    // The bytes are the same: UTF-8 without a byte-order mark.
    private static void WriteContent(Stream stream, Document d)
    {
        using var writer = new StreamWriter(stream, AtomicFile.Utf8, TextBufferChars, leaveOpen: true);
        d.WriteText(writer);
    }

    /// <summary>Writes ingest_errors.csv (<see cref="ResultTables.IngestErrors"/>), header only when there were no failures.</summary>
    public static string WriteErrors(string outDir, IEnumerable<IngestFailed> failures) =>
        ResultTables.IngestErrors.WriteIn(outDir, failures.Select(f => new IngestErrorRow { Path = f.Path, Error = SettingText.Plain(f.Error) }));
}
