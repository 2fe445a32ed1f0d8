using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovText.Core.RunRecords;

/// <summary>
/// <c>run.json</c>: what produced a results folder (docs/outputs.md). Every section but <c>timings</c> is the same
/// for two runs of the same GovText on the same input and options, and <c>options</c> reruns the study
/// (<c>govtext COMMAND --config run.json</c>).
/// </summary>
/// <param name="Command">The command path, e.g. <c>analyze</c> or <c>lexicon show</c>.</param>
/// <param name="Options">Every option of the command after defaults were applied (the resolved configuration).</param>
/// <param name="Inputs">Fingerprints of what the run read (see <see cref="RunInputs"/>).</param>
/// <param name="Timings">Start, end and stage durations: the only part that differs between identical runs.</param>
public sealed record RunRecord(string Command, JsonObject Options, JsonObject Inputs, RunTimings Timings)
{
    /// <summary>The value of the <c>format</c> key, which marks a run record (and its version).</summary>
    public const string FormatName = "govtext-run/1";

    /// <summary>
    /// For a run that replaced only part of the folder (<c>compare --from</c>, <c>plot</c>): the record of the run whose
    /// outputs it kept, without its outputs and timings (they are this record's), so the folder's whole history stays.
    /// </summary>
    public JsonObject? Earlier { get; init; }

    /// <summary>The software that ran (version, commit, runtime, OS).</summary>
    public RunSoftware Software { get; init; } = RunSoftware.Current;

    /// <summary>The record as indented JSON (UTF-8 text, <c>\n</c> line ends, final newline) listing <paramref name="outputs"/>.</summary>
    public string ToJson(IReadOnlyList<OutputEntry> outputs)
    {
        var root = new JsonObject
        {
            ["format"] = FormatName,
            ["command"] = Command,
            ["options"] = Options.DeepClone(),
            ["software"] = new JsonObject
            {
                ["govtext"] = Software.Version,
                ["commit"] = Software.Commit,
                ["dotnet"] = Software.Runtime,
                ["os"] = Software.OperatingSystem,
                ["architecture"] = Software.Architecture,
            },
            ["inputs"] = Inputs.DeepClone(),
            ["outputs"] = new JsonArray(outputs.Select(o =>
            {
                var entry = new JsonObject { ["path"] = o.Path, ["bytes"] = o.Bytes, ["sha256"] = o.Sha256 };
                if (o.Files is { } files) entry["files"] = files;
                return (JsonNode)entry;
            }).ToArray()),
        };
        if (Earlier is not null) root["earlier"] = Earlier.DeepClone();
        root["timings"] = new JsonObject
            {
                ["started"] = Timestamp(Timings.Started),
                ["finished"] = Timestamp(Timings.Finished),
                ["seconds"] = Seconds(Timings.Finished - Timings.Started),
                ["stages"] = new JsonObject(Timings.Stages.Select(s => KeyValuePair.Create(s.Stage, (JsonNode?)Seconds(s.Duration)))),
            };
        return root.ToJsonString(JsonOptions).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>
    /// A record as <see cref="Earlier"/> of the next one: without <c>outputs</c> and <c>timings</c>; null when the
    /// text is not a run record.
    /// </summary>
    public static JsonObject? TryReadAsEarlier(string json)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject root || (string?)root["format"] != FormatName) return null;
            root.Remove("format");
            root.Remove("outputs");
            root.Remove("timings");
            return root;
        }
        catch (JsonException) { return null; }
        catch (InvalidOperationException) { return null; }
    }

    /// <summary>The <c>outputs</c> list of a run record, or null when the text is not one.</summary>
    public static IReadOnlyList<OutputEntry>? TryReadOutputs(string json)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject root || root["outputs"] is not JsonArray outputs) return null;
            var entries = new List<OutputEntry>();
            foreach (var node in outputs)
            {
                if (node is not JsonObject o || o["path"]?.GetValue<string>() is not { } path || o["sha256"]?.GetValue<string>() is not { } sha) continue;
                entries.Add(new OutputEntry(path, o["bytes"]?.GetValue<long>() ?? -1, sha, o["files"]?.GetValue<int>()));
            }
            return entries;
        }
        catch (JsonException) { return null; }
        catch (InvalidOperationException) { return null; }
        catch (FormatException) { return null; }
    }

    /// <summary>The JSON options of every run record: indented, non-ASCII text kept readable.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static double Seconds(TimeSpan span) => Math.Round(span.TotalSeconds, 3);
}
