using System.Text.Json;
using GovText.Core.Comparison;
using GovText.Core.Errors;
using GovText.Core.Results;

namespace GovText.Report.Results;

/// <summary>
/// Everything the report shows, read from a results folder once: the count tables streamed through Core's readers into
/// a <see cref="CountSummary"/> (never held whole), the other CSVs through <see cref="CsvTable"/>, run.json when the run
/// wrote one, and the chart SVGs. The report never reads the folder anywhere else.
/// </summary>
internal sealed class ResultsFolder
{
    /// <summary>The run record's file name.</summary>
    public const string RunRecordFile = "run.json";

    private ResultsFolder(string dir, CountSummary counts)
    {
        Dir = dir;
        Counts = counts;
    }

    /// <summary>The results folder (full path).</summary>
    public string Dir { get; }

    /// <summary>What the page shows of documents.csv, concept_counts and concept_matches.</summary>
    public CountSummary Counts { get; }

    /// <summary>concept_by_group.csv, when a comparison ran.</summary>
    public IReadOnlyList<ConceptGroupRow>? ByGroup { get; private init; }

    /// <summary>ingest_errors.csv.</summary>
    public CsvTable? IngestErrors { get; private init; }

    /// <summary>cleaning_log.csv (only with --explain-cleaning).</summary>
    public CsvTable? CleaningLog { get; private init; }

    /// <summary>keyness.csv, when the run had a target.</summary>
    public CsvTable? Keyness { get; private init; }

    /// <summary>keyness_words.csv, when the run had a target.</summary>
    public CsvTable? KeynessWords { get; private init; }

    /// <summary>cooccurrence.csv.</summary>
    public CsvTable? Cooccurrence { get; private init; }

    /// <summary>Topic and cluster tables (<c>topic*.csv</c>, <c>cluster*.csv</c>), by file name, ordinal order.</summary>
    public IReadOnlyList<CsvTable> TopicTables { get; private init; } = [];

    /// <summary>run.json, when the run wrote one.</summary>
    public JsonDocument? RunRecord { get; private init; }

    /// <summary>Chart SVGs as (file name, content), ordinal order of the name.</summary>
    public IReadOnlyList<(string Name, string Svg)> Charts { get; private init; } = [];

    /// <summary>The cleaned text of a document (<c>text/&lt;doc_id&gt;.txt</c>), or null when the file is absent.</summary>
    public string? Text(string docId)
    {
        var path = Path.Combine(Dir, "text", docId + ".txt");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>
    /// The corpus fingerprint: the SHA-256 over one line <c>path\tsha256\n</c> per document read, in ordinal order of
    /// the path. documents.csv is written in that order, so the summary hashed it in passing; a file put in another
    /// order is read again for its (path, sha256) pairs alone.
    /// </summary>
    public string CorpusFingerprint()
    {
        if (Counts.CorpusFingerprint is { } sha) return sha;
        var (documentsPath, _, _) = CountReplay.RequireCountTables(Dir);
        using var documents = DocumentsTable.Open(documentsPath);
        var lines = documents.Rows().Select(d => (Path: d.Get("path"), Sha: d.Get("sha256"))).ToList()
            .OrderBy(x => x.Path, StringComparer.Ordinal)
            .Select(x => x.Path + "\t" + x.Sha + "\n");
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Concat(lines))));
    }

    /// <summary>Reads <paramref name="dir"/>, showing as much as <paramref name="options"/> asks.</summary>
    /// <exception cref="ConfigurationException">The folder or a count table is missing, or a file cannot be read.</exception>
    public static ResultsFolder Read(string dir, ReportOptions options)
    {
        var full = Path.GetFullPath(dir);
        var (documentsPath, countsPath, matchesPath) = CountReplay.RequireCountTables(full);
        var byGroupPath = ResultTables.ConceptByGroup.PathIn(full);
        var byGroup = File.Exists(byGroupPath) ? ResultTables.ConceptByGroup.Read(byGroupPath).ToList() : null;
        CountSummary counts;
        using (var documents = DocumentsTable.Open(documentsPath))
        {
            counts = new CountSummary(documents.Columns, byGroup?.Select(r => r.Group).ToHashSet(StringComparer.Ordinal), options);
            foreach (var document in CountedDocuments.Read(documents, countsPath, matchesPath, wordsPath: null)) counts.Add(document);
        }
        var chartsDir = Path.Combine(full, ResultFiles.ChartsFolder);
        return new ResultsFolder(full, counts)
        {
            ByGroup = byGroup,
            IngestErrors = CsvTable.ReadIfPresent(Path.Combine(full, ResultFiles.IngestErrors)),
            CleaningLog = CsvTable.ReadIfPresent(Path.Combine(full, ResultFiles.CleaningLog)),
            Keyness = CsvTable.ReadIfPresent(Path.Combine(full, ResultFiles.ConceptKeyness)),
            KeynessWords = CsvTable.ReadIfPresent(Path.Combine(full, ResultFiles.WordKeyness)),
            Cooccurrence = CsvTable.ReadIfPresent(Path.Combine(full, ResultFiles.Cooccurrence)),
            TopicTables = Directory.EnumerateFiles(full, "*.csv")
                .Select(Path.GetFileName)
                .Where(n => n!.StartsWith("topic", StringComparison.Ordinal) || n.StartsWith("cluster", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n => CsvTable.ReadIfPresent(Path.Combine(full, n!))!)
                .ToList(),
            RunRecord = ReadRunRecord(Path.Combine(full, RunRecordFile), options.RunRecord),
            Charts = Directory.Exists(chartsDir)
                ? Directory.EnumerateFiles(chartsDir, "*.svg")
                    .Order(StringComparer.Ordinal)
                    .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
                    .ToList()
                : [],
        };
    }

    private static JsonDocument? ReadRunRecord(string path, string? fallback)
    {
        if (!File.Exists(path) && fallback is null) return null;
        try
        {
            return File.Exists(path) ? JsonDocument.Parse(File.ReadAllBytes(path)) : JsonDocument.Parse(fallback!);
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException("run.json is not valid JSON: " + ex.Message, path, inner: ex);
        }
    }
}
