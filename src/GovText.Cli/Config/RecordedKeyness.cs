using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovText.Core.Errors;
using GovText.Core.Output;

namespace GovText.Cli.Config;

/// <summary>
/// <c>plot --from DIR</c> without <c>--target</c> draws the keyness of the run that wrote DIR's keyness tables: that
/// run's keyness options (<see cref="Keys"/>), as its run.json records them, become the plot's, unless the command line
/// (or <c>--config</c>) gives them. Keyness is then recomputed from DIR's count tables exactly as that run computed it,
/// so the charts' titles say what was compared ("year=2013..2025 (13 docs) vs all other documents (44 docs)") with the
/// one definition of a fresh run, and the plot's own run.json records the options it drew with.
/// </summary>
internal static class RecordedKeyness
{
    /// <summary>The options that decide keyness and its charts' selection.</summary>
    public static readonly IReadOnlyList<string> Keys = ["target", "reference", "min-count", "stopwords", "pos", "keyness-correction"];

    private const string PlotCommand = "plot";

    /// <summary>
    /// Returns <paramref name="args"/> with the recorded keyness options inserted after <c>plot</c>, or unchanged for
    /// another command, a plot given <c>--target</c>, or a folder whose record wrote no keyness.
    /// </summary>
    /// <exception cref="ConfigurationException">DIR's run.json is not valid JSON.</exception>
    /// <param name="root">The command tree.</param>
    /// <param name="parse">The parse of <paramref name="args"/> by <paramref name="root"/>.</param>
    /// <param name="args">The command line (after <see cref="ConfigFile.Merge(RootCommand, ParseResult, string[], IDictionary{string, string}?)"/>).</param>
    public static string[] Merge(RootCommand root, ParseResult parse, string[] args)
    {
        var command = parse.CommandResult.Command;
        // Nothing is drawn when the line has errors or asks for help (which clears the errors of the options it lacks).
        if (command.Name != PlotCommand || parse.Errors.Count > 0 || parse.Action != command.Action) return args;
        var symbols = CommandOptions.Keys(command).ToDictionary(k => k.Key, k => k.Symbol, StringComparer.Ordinal);
        if (CommandOptions.GivenOnCommandLine(parse, symbols["target"])) return args;
        if (parse.GetResult((Option)symbols["from"])?.GetValueOrDefault<string>() is not { } from) return args;

        var options = KeynessRun(Path.Combine(from, ResultsTransaction.RecordFile));
        if (options?["target"] is not JsonValue) return args;
        var tokens = new List<string>();
        foreach (var key in Keys)
        {
            if (CommandOptions.GivenOnCommandLine(parse, symbols[key]) || options[key] is not JsonValue value) continue;
            tokens.Add($"--{key}={Text(value)}");
        }
        var at = ConfigFile.CommandPathLength(root, args);
        return [.. args[..at], .. tokens, .. args[at..]];
    }

    /// <summary>
    /// The options of the run that wrote the folder's keyness tables: the newest record in the run.json chain
    /// (<c>earlier</c>) that is not a plot (plot only redraws). Null when there is no run.json or no such record.
    /// </summary>
    private static JsonObject? KeynessRun(string path)
    {
        if (!File.Exists(path)) return null;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException("run.json is not valid JSON: " + ex.Message, path, inner: ex);
        }
        for (var record = root as JsonObject; record is not null; record = record["earlier"] as JsonObject)
        {
            if (record["command"] is JsonValue c && c.TryGetValue<string>(out var name) && name == PlotCommand) continue;
            return record["options"] as JsonObject;
        }
        return null;
    }

    private static string Text(JsonValue value) => value.TryGetValue<string>(out var s) ? s
        : value.TryGetValue<long>(out var n) ? n.ToString(CultureInfo.InvariantCulture)
        : value.ToJsonString();
}
