// The report's in-memory code before issue 10's streaming summary, kept only as the reference the streamed report is
// compared with (LegacyEquivalenceTests).
using GovText.Report.View;
using GovText.Report.Rendering;
using GovText.Report.Results;
using GovText.Report.Building;
using System.Text.Json;
using GovText.Core.Comparison;
using GovText.Core.Errors;
using GovText.Core.Results;

namespace GovText.Report.Tests.Legacy;

/// <summary>
/// Everything the report shows, read from a results folder once: the count tables through Core's readers, the other
/// CSVs through <see cref="CsvTable"/>, run.json when the run wrote one, and the chart SVGs. The report never reads
/// the folder anywhere else.
/// </summary>
internal sealed class ResultsFolder
{
    /// <summary>The run record's file name.</summary>
    public const string RunRecordFile = "run.json";

    private ResultsFolder(string dir, CountTables tables)
    {
        Dir = dir;
        Tables = tables;
    }

    /// <summary>The results folder (full path).</summary>
    public string Dir { get; }

    /// <summary>documents.csv, concept_counts.csv, concept_matches.csv (Core's reader).</summary>
    public CountTables Tables { get; }

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

    /// <summary>Reads <paramref name="dir"/>.</summary>
    /// <exception cref="ConfigurationException">The folder or a count table is missing, or a file cannot be read.</exception>
    public static ResultsFolder Read(string dir, string? runRecord = null)
    {
        var full = Path.GetFullPath(dir);
        var tables = CountTables.Read(full);
        var byGroup = ResultTables.ConceptByGroup.PathIn(full);
        var chartsDir = Path.Combine(full, ResultFiles.ChartsFolder);
        return new ResultsFolder(full, tables)
        {
            ByGroup = File.Exists(byGroup) ? ResultTables.ConceptByGroup.Read(byGroup).ToList() : null,
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
            RunRecord = ReadRunRecord(Path.Combine(full, RunRecordFile), runRecord),
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
