using System.Globalization;
using System.Text.Json;
using GovText.Core.Comparison;
using GovText.Core.Results;
using GovText.Report.Results;
using GovText.Report.View;

namespace GovText.Report.Building;

/// <summary>
/// What was run: from run.json when the run wrote one (every recorded field, timings apart), otherwise what the result
/// files themselves tell (stages present, grouping column, corpus fingerprint), said as such.
/// </summary>
internal static class RunSection
{
    private static readonly string[] TimingKeys = ["timings", "timing", "durations", "elapsed"];
    private static readonly string[] FileListKeys = ["files", "outputs"];

    public sealed record Parts(string Source, IReadOnlyList<Fact> Facts, string Command, IReadOnlyList<Fact> Timings, IReadOnlyList<string> Warnings, TableView Files);

    public static Parts Build(ResultsFolder results, string generator, IReadOnlyCollection<string> excludedFiles)
    {
        var facts = new List<Fact>();
        var timings = new List<Fact>();
        var warnings = new List<string>();
        TableView? files = null;
        var command = "";
        if (results.RunRecord is { } record && record.RootElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in record.RootElement.EnumerateObject())
            {
                var key = property.Name;
                var value = property.Value;
                if (TimingKeys.Contains(key, StringComparer.OrdinalIgnoreCase)) Flatten(key, value, timings);
                else if (key.Equals("warnings", StringComparison.OrdinalIgnoreCase) && value.ValueKind == JsonValueKind.Array)
                    warnings.AddRange(value.EnumerateArray().Select(Scalar));
                else if (FileListKeys.Contains(key, StringComparer.OrdinalIgnoreCase) && value.ValueKind == JsonValueKind.Array)
                    files = RecordedFiles(value, excludedFiles);
                else if (key.Equals("command", StringComparison.OrdinalIgnoreCase) && value.ValueKind == JsonValueKind.String)
                {
                    command = value.GetString() ?? "";
                    facts.Add(new Fact("command", command, Code: true));
                }
                else if (key is "args" or "argv" && value.ValueKind == JsonValueKind.Array && command.Length == 0)
                    command = "govtext " + string.Join(' ', value.EnumerateArray().Select(a => Quote(Scalar(a))));
                else Flatten(key, value, facts);
            }
        }
        else
        {
            facts.AddRange(FromFiles(results));
        }
        facts.Add(new Fact("report written by", generator));
        return new Parts(
            results.RunRecord is null ? "This results folder has no run.json: the facts below are read from its files." : "From run.json, the run record written with the results.",
            facts, command, timings, warnings, files ?? FolderFiles(results, excludedFiles));
    }

    /// <summary>The SHA-256 over one line <c>path\tsha256\n</c> per document read, in ordinal order of the path.</summary>
    public static string CorpusFingerprint(CountTables tables)
    {
        var lines = tables.Documents.Select(d => (Path: d.Get("path"), Sha: d.Get("sha256")))
            .OrderBy(x => x.Path, StringComparer.Ordinal)
            .Select(x => x.Path + "\t" + x.Sha + "\n");
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Concat(lines))));
    }

    /// <summary>The document column the comparison grouped by: the one whose values are exactly the groups.</summary>
    public static string? GroupColumn(ResultsFolder results)
    {
        if (results.ByGroup is not { Count: > 0 } byGroup) return null;
        var groups = byGroup.Select(r => r.Group).ToHashSet(StringComparer.Ordinal);
        var columns = results.Tables.DocumentColumns.OrderBy(c => c == "year" ? 0 : c == "doc_id" ? 1 : 2).ToList();
        return columns.FirstOrDefault(c => results.Tables.Documents.Select(d => d.Get(c)).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal).SetEquals(groups));
    }

    private static IEnumerable<Fact> FromFiles(ResultsFolder results)
    {
        var tables = results.Tables;
        var stages = new List<string> { "ingest", "count" };
        if (results.ByGroup is not null) stages.Add("compare");
        if (results.Keyness is not null) stages.Add("keyness");
        if (results.TopicTables.Count > 0) stages.Add("topics/clusters");
        if (results.Charts.Count > 0) stages.Add("charts");
        yield return new Fact("results folder", Path.GetFileName(results.Dir));
        yield return new Fact("stages with results", string.Join(", ", stages));
        yield return new Fact("documents", Format.Integer(tables.Documents.Count));
        yield return new Fact("corpus fingerprint", CorpusFingerprint(tables), Code: true);
        yield return new Fact("concepts", $"{Format.Integer(tables.Concepts.Count)} (in lexicon order, as concept_counts.csv lists them)");
        if (GroupColumn(results) is { } by)
            yield return new Fact("grouped by", $"{by} ({Format.Count(results.ByGroup!.Select(r => r.Group).Distinct().Count(), "group", "groups")})");
        if (results.Keyness is { } k && k.Rows.Count > 0)
            yield return new Fact("keyness", string.Join("; ", k.Rows.GroupBy(r => k.Cell(r, "language")).Select(g =>
                $"{g.Key}: {Format.Integer(k.Number(g.First(), "n_target"))} target vs {Format.Integer(k.Number(g.First(), "n_ref"))} reference tokens")));
    }

    private static TableView FolderFiles(ResultsFolder results, IReadOnlyCollection<string> excluded)
    {
        var table = new TableBuilder("Files in the results folder", "file", "#size");
        foreach (var path in Directory.EnumerateFileSystemEntries(results.Dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || excluded.Contains(name)) continue;
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
                table.Add(name + "/", $"{Format.Count(files.Count, "file", "files")}, {Format.Bytes(files.Sum(f => new FileInfo(f).Length))}");
            }
            else table.Add(name, Format.Bytes(new FileInfo(path).Length));
        }
        return table.Build();
    }

    private static TableView RecordedFiles(JsonElement files, IReadOnlyCollection<string> excluded)
    {
        var table = new TableBuilder("Files the run wrote (run.json)", "file", "#size", "sha256");
        foreach (var f in files.EnumerateArray())
        {
            if (f.ValueKind != JsonValueKind.Object) { table.Add(Scalar(f), "", ""); continue; }
            var path = Get(f, "path");
            if (excluded.Contains(path)) continue;
            var bytes = f.TryGetProperty("bytes", out var b) && b.TryGetInt64(out var n) ? Format.Bytes(n) : "";
            table.AddCells(new TableCell(path), new TableCell(bytes), new TableCell(Get(f, "sha256") is { Length: > 12 } sha ? sha[..12] + "…" : Get(f, "sha256"), Title: Get(f, "sha256")));
        }
        return table.Build("sha256: the first 12 hex digits; hover for all of them.");
    }

    private static void Flatten(string key, JsonElement value, List<Fact> into)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in value.EnumerateObject()) Flatten(key + "." + p.Name, p.Value, into);
                break;
            case JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array):
                into.Add(new Fact(key, string.Join(", ", value.EnumerateArray().Select(Scalar))));
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var e in value.EnumerateArray()) Flatten($"{key}[{(i++).ToString(CultureInfo.InvariantCulture)}]", e, into);
                break;
            default:
                var text = Scalar(value);
                into.Add(new Fact(key, text, Code: text.Length == 64 && text.All(char.IsAsciiHexDigitLower)));
                break;
        }
    }

    private static string Get(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? Scalar(v) : "";

    private static string Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.Null => "",
        JsonValueKind.Object or JsonValueKind.Array => e.GetRawText(),
        _ => e.GetRawText(),
    };

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsLetterOrDigit(c) || "-_./=:,+".Contains(c)) ? arg : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
