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
    private static readonly string[] FileListKeys = ["files", "outputs"];

    public sealed record Parts(string Source, IReadOnlyList<Fact> Facts, string Command,
        IReadOnlyList<string> Warnings, TableView Files, TableView? Options);

    public static Parts Build(ResultsFolder results, string generator, IReadOnlyCollection<string> excludedFiles)
    {
        var facts = new List<Fact>();
        var warnings = new List<string>();
        TableView? files = null;
        TableView? options = null;
        var command = "";
        if (results.RunRecord is { } record && record.RootElement.ValueKind == JsonValueKind.Object)
        {
            var root = record.RootElement;
            foreach (var property in root.EnumerateObject())
            {
                var key = property.Name;
                var value = property.Value;
                switch (key)
                {
                    case "format":
                        break;
                    case "command":
                        command = "govtext " + Scalar(value) + " --config run.json";
                        facts.Add(new Fact("command", "govtext " + Scalar(value), Code: true));
                        break;
                    case "software":
                        facts.Add(new Fact("software", Software(value)));
                        break;
                    case "inputs" when value.ValueKind == JsonValueKind.Object:
                        facts.AddRange(Inputs(value));
                        break;
                    case "options" when value.ValueKind == JsonValueKind.Object:
                        options = OptionsTable(value);
                        if (Comparison(value) is { } comparison) facts.Add(comparison);
                        break;
                    case "outputs" when value.ValueKind == JsonValueKind.Array:
                        if (value.GetArrayLength() > 0) files = RecordedFiles(value, excludedFiles);
                        break;
                    case "warnings" when value.ValueKind == JsonValueKind.Array:
                        warnings.AddRange(value.EnumerateArray().Select(Scalar));
                        break;
                    case "timings":
                        // Run times and dates stay in run.json: the report of a rerun must be byte-identical.
                        break;
                    default:
                        Flatten(key, value, facts);
                        break;
                }
            }
        }
        else
        {
            facts.AddRange(FromFiles(results));
        }
        facts.Add(new Fact("report written by", generator));
        return new Parts(
            results.RunRecord is null ? "This results folder has no run.json: the facts below are read from its files." : "From run.json, the run record written with the results.",
            facts, command, warnings, files ?? FolderFiles(results, excludedFiles), options);
    }

    private static string Software(JsonElement s) =>
        $"GovText {Get(s, "govtext")}" + (Get(s, "commit") is { Length: > 0 } c ? $" (commit {c[..Math.Min(10, c.Length)]})" : "") +
        string.Concat(new[] { "dotnet", "os", "architecture" }.Select(k => Get(s, k)).Where(v => v.Length > 0).Select(v => ", " + v));

    private static IEnumerable<Fact> Inputs(JsonElement inputs)
    {
        foreach (var input in inputs.EnumerateObject())
        {
            var v = input.Value;
            switch (input.Name)
            {
                case "corpus" when v.ValueKind == JsonValueKind.Object:
                    yield return new Fact("corpus", $"{Get(v, "path")} ({Get(v, "files")} files)");
                    yield return new Fact("corpus fingerprint", Get(v, "sha256"), Code: true);
                    break;
                case "lexicon" when v.ValueKind == JsonValueKind.Object:
                    var concepts = v.TryGetProperty("concepts", out var c) && c.ValueKind == JsonValueKind.Array ? c.GetArrayLength() : 0;
                    yield return new Fact("lexicon", $"{Get(v, "path")} ({Get(v, "format")}, {Format.Count(concepts, "concept", "concepts")}; sha256 {Short(Get(v, "sha256"))})");
                    break;
                case "manifest" when v.ValueKind == JsonValueKind.Object:
                    yield return new Fact("manifest", $"{Get(v, "path")} (sha256 {Short(Get(v, "sha256"))})");
                    break;
                case "cleaning" when v.ValueKind == JsonValueKind.Object:
                    var steps = v.TryGetProperty("steps", out var st) && st.ValueKind == JsonValueKind.Array ? string.Join(", ", st.EnumerateArray().Select(Scalar)) : "";
                    yield return new Fact("cleaning", $"steps {steps}; {Get(v, "rules")} boilerplate rules (sha256 {Short(Get(v, "rules_sha256"))})");
                    break;
                case "segmenter" when v.ValueKind == JsonValueKind.Object:
                    yield return new Fact("segmenter", $"jieba dictionary sha256 {Short(Get(v, "dictionary_sha256"))}, HMM {Short(Get(v, "hmm_sha256"))}");
                    break;
                case "files" when v.ValueKind == JsonValueKind.Object:
                    foreach (var f in v.EnumerateObject())
                        yield return new Fact(f.Name, f.Value.ValueKind == JsonValueKind.Object ? $"{Get(f.Value, "path")} (sha256 {Short(Get(f.Value, "sha256"))})" : Scalar(f.Value));
                    break;
                default:
                    var list = new List<Fact>();
                    Flatten(input.Name, v, list);
                    foreach (var fact in list) yield return fact;
                    break;
            }
        }
    }

    private static Fact? Comparison(JsonElement options)
    {
        var by = Get(options, "by");
        var target = Get(options, "target");
        if (by.Length == 0 && target.Length == 0) return null;
        var parts = new List<string>();
        if (by.Length > 0) parts.Add("by " + by);
        if (target.Length > 0)
        {
            parts.Add("target " + target);
            parts.Add("reference " + (Get(options, "reference") is { Length: > 0 } r ? r : "every other document"));
        }
        return new Fact("comparison", string.Join("; ", parts));
    }

    private static TableView OptionsTable(JsonElement options)
    {
        var table = new TableBuilder("Options of the run (run.json), defaults applied", "option", "value");
        foreach (var o in options.EnumerateObject())
            if (o.Value.ValueKind is not JsonValueKind.Null) table.Add("--" + o.Name, Scalar(o.Value));
        return table.Build("Options not listed were not set. govtext COMMAND --config run.json reruns with exactly these.");
    }

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] + "…" : sha;

    /// <summary>The document column the comparison grouped by: the one whose values are exactly the groups.</summary>
    public static string? GroupColumn(ResultsFolder results) => results.Counts.GroupColumn;

    private static IEnumerable<Fact> FromFiles(ResultsFolder results)
    {
        var counts = results.Counts;
        var stages = new List<string> { "ingest", "count" };
        if (results.ByGroup is not null) stages.Add("compare");
        if (results.Keyness is not null) stages.Add("keyness");
        if (results.TopicTables.Count > 0) stages.Add("topics/clusters");
        if (results.Charts.Count > 0) stages.Add("charts");
        yield return new Fact("results folder", Path.GetFileName(results.Dir));
        yield return new Fact("stages with results", string.Join(", ", stages));
        yield return new Fact("documents", Format.Integer(counts.Documents));
        yield return new Fact("corpus fingerprint", results.CorpusFingerprint(), Code: true);
        yield return new Fact("concepts", $"{Format.Integer(counts.Concepts.Count)} (in lexicon order, as concept_counts.csv lists them)");
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
