using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovText.Core.Errors;
using GovText.Core.Output;
using GovText.Core.Results;
using GovText.Core.RunRecords;

namespace GovText.Core.Sharding;

/// <summary>
/// Merges the results folders of the shards of one run into the folder the unsharded run would have written: the
/// ingestion and count tables, byte for byte (docs/scaling.md). Shards hold consecutive runs of the corpus
/// (<see cref="ShardPlan"/>), so merging is concatenation in shard order, one shard open at a time: memory does not
/// grow with the number of shards or documents. Comparisons are not additive; the caller computes them afterwards
/// from the merged tables (<see cref="CountReplay"/>).
/// </summary>
public static class ShardMerge
{
    /// <summary>
    /// Reads the run.json of each folder and checks that together they are every shard of one run, exactly once.
    /// Returns them in shard order.
    /// </summary>
    /// <param name="folders">The shard folders, in any order.</param>
    /// <param name="ignoredOptions">Options that may differ between shards: where they read and write (the inputs'
    /// contents are compared through their fingerprints instead) and how fast (e.g. <c>jobs</c>).</param>
    /// <exception cref="ConfigurationException">A folder is not a shard's results folder, the shards come from different
    /// corpora, lexicons, options, cleaning rules or GovText versions, a shard is missing or given twice.</exception>
    public static IReadOnlyList<ShardFolder> Check(IReadOnlyList<string> folders, IReadOnlySet<string> ignoredOptions)
    {
        if (folders.Count == 0) throw new ConfigurationException("no shard folders given: name the results folders of the shards (globs such as 'shards/*' work)");
        var shards = folders.Select(Read).ToList();
        var first = shards[0];
        foreach (var other in shards.Skip(1))
        {
            if (other.Shard.Count != first.Shard.Count)
                throw new ConfigurationException(
                    $"the folders are not shards of one split: '{first.Path}' is shard {first.Shard.Number} of {first.Shard.Count}, '{other.Path}' shard {other.Shard.Number} of {other.Shard.Count}");
            Same(first, other, "command", first.Command, other.Command);
            Same(first, other, "GovText version", Software(first), Software(other));
            foreach (var key in first.Options.Select(p => p.Key).Union(other.Options.Select(p => p.Key)).Order(StringComparer.Ordinal))
                if (!ignoredOptions.Contains(key))
                    Same(first, other, $"option '{key}'", Text(first.Options[key]), Text(other.Options[key]));
            var a = Inputs(first);
            var b = Inputs(other);
            foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)).Order(StringComparer.Ordinal))
                Same(first, other, Describe(key), Text(a[key]), Text(b[key]));
        }

        var byNumber = new Dictionary<int, ShardFolder>();
        foreach (var shard in shards)
            if (!byNumber.TryAdd(shard.Shard.Number, shard))
                throw new ConfigurationException(
                    $"shard {shard.Shard.Number} of {shard.Shard.Count} is given twice: '{byNumber[shard.Shard.Number].Path}' and '{shard.Path}'");
        var missing = Enumerable.Range(1, first.Shard.Count).Where(n => !byNumber.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new ConfigurationException(
                $"{missing.Count} of {first.Shard.Count} shards missing: {string.Join(", ", missing.Take(20))}{(missing.Count > 20 ? ", …" : "")}; " +
                "run them (or check that their jobs finished) and merge again");
        return [.. byNumber.OrderBy(p => p.Key).Select(p => p.Value)];
    }

    /// <summary>
    /// Writes the merged ingestion and count outputs of <paramref name="shards"/> (from <see cref="Check"/>) into
    /// <paramref name="outDir"/>; returns what it wrote.
    /// </summary>
    /// <exception cref="ConfigurationException">A shard's files are missing or malformed, or two shards hold the same
    /// document (documents out of corpus order).</exception>
    /// <param name="shards">The shards, in shard order.</param>
    /// <param name="outDir">The folder to write into (a results folder's staging folder).</param>
    /// <param name="progress">Told as each shard's documents and each merged table start, or null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public static MergeResult Write(IReadOnlyList<ShardFolder> shards, string outDir, IProgress<Pipeline.StageProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        const int tables = 5;
        var steps = shards.Count + tables;
        var written = new List<string>();
        var textDir = Path.Combine(outDir, ResultFiles.TextFolder);
        Directory.CreateDirectory(textDir);

        // documents.csv, the documents' texts, and which documents each shard holds (for the overlap check).
        var documentsPath = Path.Combine(outDir, ResultFiles.Documents);
        IReadOnlyList<string>? columns = null;
        var documents = 0;
        string? lastPath = null;
        string? lastShard = null;
        CsvOutput.Write(documentsPath, csv =>
        {
            for (var i = 0; i < shards.Count; i++)
            {
                var shard = shards[i];
                progress?.Report(new($"documents and texts of shard {shard.Shard.Number} of {shard.Shard.Count}", i, steps));
                using var reader = DocumentsTable.Open(Require(shard, ResultFiles.Documents));
                if (columns is null)
                {
                    columns = reader.Columns;
                    DocumentsTable.WriteHeader(csv, columns.Skip(DocumentRow.FixedColumns.Count));
                }
                else if (!columns.SequenceEqual(reader.Columns, StringComparer.Ordinal))
                    throw new ConfigurationException(
                        $"documents.csv has other columns than in '{shards[0].Path}' ({string.Join(",", reader.Columns)}): the shards were not read with the same manifest",
                        Path.Combine(shard.Path, ResultFiles.Documents));
                foreach (var row in reader.Rows())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (lastPath is not null && string.CompareOrdinal(lastPath, row.Path) >= 0)
                        throw new ConfigurationException(
                            $"document '{row.Path}' comes after '{lastPath}' (shard folder '{lastShard}'): the shards overlap or were " +
                            "planned from different listings of the corpus; run every shard again from the same corpus",
                            Path.Combine(shard.Path, ResultFiles.Documents));
                    DocumentsTable.WriteRow(csv, row);
                    var text = Path.Combine(shard.Path, ResultFiles.TextFolder, row.DocId + ".txt");
                    if (!File.Exists(text))
                        throw new ConfigurationException($"text/{row.DocId}.txt is missing in shard folder '{shard.Path}': the shard is incomplete; run it again");
                    File.Copy(text, Path.Combine(textDir, row.DocId + ".txt"), overwrite: true);
                    lastPath = row.Path;
                    lastShard = shard.Path;
                    documents++;
                }
            }
        });
        written.Add(documentsPath);
        written.Add(textDir + Path.DirectorySeparatorChar);

        var failures = 0;
        var step = shards.Count;
        void Table(string name) => progress?.Report(new(name, step++, steps));
        Table(ResultFiles.IngestErrors);
        written.Add(ResultTables.IngestErrors.WriteIn(outDir, Concat(shards, ResultTables.IngestErrors, () => failures++)));
        Table(ResultFiles.CleaningLog);
        if (Has(shards, ResultTables.CleaningLog) is { } log) written.Add(ResultTables.CleaningLog.WriteIn(outDir, Concat(shards, ResultTables.CleaningLog), log));
        Table("concept_counts");
        var counts = Has(shards, ResultTables.ConceptCounts);
        if (counts is { } c) written.Add(ResultTables.ConceptCounts.WriteIn(outDir, Concat(shards, ResultTables.ConceptCounts), c));
        Table("concept_matches");
        if (Has(shards, ResultTables.ConceptMatches) is { } m) written.Add(ResultTables.ConceptMatches.WriteIn(outDir, Concat(shards, ResultTables.ConceptMatches), m));
        Table("word_frequencies");
        if (Has(shards, ResultTables.WordFrequencies) is { } w) written.Add(ResultTables.WordFrequencies.WriteIn(outDir, Concat(shards, ResultTables.WordFrequencies), w));
        return new MergeResult(documents, failures, written, counts is not null);
    }

    /// <summary>run.json's <c>inputs</c> for the merged folder: the shards' common inputs, with each shard's fingerprint.</summary>
    public static JsonObject MergedInputs(IReadOnlyList<ShardFolder> shards)
    {
        var inputs = (JsonObject)(shards[0].Record["inputs"]?.DeepClone() ?? new JsonObject());
        if (inputs["corpus"] is JsonObject corpus)
        {
            corpus.Remove("shard");
            corpus.Remove("sha256");
            corpus["shards"] = new JsonArray(shards.Select(s =>
            {
                var shard = s.Record["inputs"]?["corpus"]?["shard"];
                return (JsonNode)new JsonObject
                {
                    ["number"] = s.Shard.Number,
                    ["folder"] = s.Path,
                    ["files"] = shard?["files"]?.DeepClone(),
                    ["sha256"] = (shard?["sha256"] ?? s.Record["inputs"]?["corpus"]?["sha256"])?.DeepClone(),
                };
            }).ToArray());
        }
        return inputs;
    }

    private static ShardFolder Read(string folder)
    {
        var path = Path.GetFullPath(folder);
        var record = Path.Combine(path, "run.json");
        if (!Directory.Exists(path)) throw new ConfigurationException($"shard folder '{folder}' does not exist");
        if (!File.Exists(record))
            throw new ConfigurationException(
                $"'{folder}' has no run.json: it is not the results folder of a finished ingest, count or analyze run with {SettingText.Name("shard", "I/N")}");
        JsonObject? root;
        try { root = JsonNode.Parse(File.ReadAllText(record)) as JsonObject; }
        catch (JsonException ex) { throw new ConfigurationException($"run.json is not valid JSON ({ex.Message})", record); }
        if (root is null || (string?)root["format"] != RunRecord.FormatName)
            throw new ConfigurationException("is not a GovText run record (format govtext-run/1)", record);
        var command = (string?)root["command"];
        if (command is not ("ingest" or "count" or "analyze"))
            throw new ConfigurationException($"was written by 'govtext {command}': only the shards of ingest, count and analyze can be merged", record);
        var shard = root["inputs"]?["corpus"]?["shard"] is JsonObject s && s["number"] is { } n && s["count"] is { } c
            ? new Shard(n.GetValue<int>(), c.GetValue<int>())
            : Shard.Whole;
        return new ShardFolder(path, shard, root);
    }

    private static string Software(ShardFolder shard) =>
        $"{(string?)shard.Record["software"]?["govtext"]} (commit {(string?)shard.Record["software"]?["commit"]})";

    // What must be equal between shards: every input's fingerprint, without where it was read from (shards on different
    // nodes may read copies of the corpus at different paths) and without the shard's own part.
    private static JsonObject Inputs(ShardFolder shard)
    {
        var inputs = (JsonObject)(shard.Record["inputs"]?.DeepClone() ?? new JsonObject());
        if (inputs["corpus"] is JsonObject corpus)
        {
            corpus.Remove("shard");
            corpus.Remove("sha256");
        }
        StripPaths(inputs);
        return inputs;
    }

    private static void StripPaths(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            o.Remove("path");
            foreach (var (_, child) in o.ToList()) StripPaths(child);
        }
        else if (node is JsonArray a) foreach (var child in a) StripPaths(child);
    }

    private static string Describe(string input) => input switch
    {
        "corpus" => "corpus (the files' paths and sizes)",
        "manifest" => "manifest",
        "lexicon" => "lexicon",
        "cleaning" => "cleaning steps and rules",
        "segmenter" => "segmenter dictionary",
        _ => $"input '{input}'",
    };

    private static void Same(ShardFolder first, ShardFolder other, string what, string? a, string? b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return;
        static string Show(string? v) => v is null ? "(none)" : v.Length > 120 ? v[..117] + "…" : v;
        throw new ConfigurationException(
            $"the shards differ in {what}: {Show(a)} in '{first.Path}', {Show(b)} in '{other.Path}'; " +
            "merge only the shards of one run (same corpus, manifest, lexicon, options and GovText)");
    }

    private static string? Text(JsonNode? node) => node?.ToJsonString();

    // The table's format in the shards (CSV or Parquet, as --table-format chose), or null when no shard has it.
    private static TableFormat? Has<TRow>(IReadOnlyList<ShardFolder> shards, ResultTable<TRow> table)
    {
        var found = shards.Select(s => table.Find(s.Path)).ToList();
        if (found.All(f => f is null)) return null;
        var missing = found.IndexOf(null);
        if (missing >= 0)
            throw new ConfigurationException($"{table.FileName} is missing in shard folder '{shards[missing].Path}' but present in others: the shard is incomplete; run it again");
        var format = ResultTable<TRow>.FormatOf(found[0]!);
        var other = found.FindIndex(f => ResultTable<TRow>.FormatOf(f!) != format);
        if (other >= 0)
            throw new ConfigurationException($"{Path.GetFileName(found[other])} in '{shards[other].Path}' but {Path.GetFileName(found[0])} in '{shards[0].Path}': the shards were written with different {SettingText.Name("table-format")}");
        return format;
    }

    private static string Require(ShardFolder shard, string file)
    {
        var path = Path.Combine(shard.Path, file);
        if (!File.Exists(path)) throw new ConfigurationException($"{file} is missing in shard folder '{shard.Path}': the shard is incomplete; run it again");
        return path;
    }

    private static IEnumerable<TRow> Concat<TRow>(IReadOnlyList<ShardFolder> shards, ResultTable<TRow> table, Action? onRow = null)
    {
        foreach (var shard in shards)
            foreach (var row in table.ReadIn(shard.Path))
            {
                onRow?.Invoke();
                yield return row;
            }
    }
}
