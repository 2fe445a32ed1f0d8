using System.CommandLine;
using System.Globalization;
using GovText.Cli.Config;
using GovText.Core.Corpus;
using GovText.Core.Errors;
using GovText.Core.Output;
using GovText.Core.Pipeline;
using GovText.Core.Results;
using GovText.Core.Sharding;

namespace GovText.Cli.Commands;

/// <summary>
/// <c>govtext merge SHARD_DIR... --out DIR</c>: the shards of an <c>ingest|count|analyze --shard I/N</c> run merged into
/// the results folder the unsharded run would have written (the ingestion and count tables byte for byte); for analyze
/// shards, the comparisons, charts and report are then computed from the merged counts with the shards' options.
/// </summary>
internal static class MergeCommand
{
    /// <summary>Options that may differ between the shards of one run: where each read and wrote, and how fast.</summary>
    private static readonly HashSet<string> PerShardOptions = new(StringComparer.Ordinal)
    {
        "corpus", "manifest", "out", "shard", "jobs", "quiet", "lexicon", "clean-rules", "stopwords", "font",
    };

    public static Command Create(CliConsole console)
    {
        var shards = new Argument<string[]>("shards")
        {
            Description = "The shards' results folders (all N of them, any order). A quoted glob is expanded in its last part, e.g. 'shards/part-*'.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o") { Description = "The merged results folder.", DefaultValueFactory = _ => "results" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };
        var noCharts = new Option<bool>("--no-charts") { Description = "Write the CSVs only (analyze shards)." };
        var command = new Command("merge",
            "Merge the results folders of the shards of one run (govtext ingest|count|analyze --shard I/N) into one results folder,\n" +
            "exactly as the unsharded run would have written it. Refuses shards of different corpora, lexicons, options or GovText\n" +
            "versions, a missing shard, a shard given twice. For analyze shards it then computes the comparisons, charts and the\n" +
            "report from the merged counts, with the shards' options (docs/scaling.md).\n\n" +
            "Examples:\n  govtext merge shards/part-1 shards/part-2 shards/part-3 shards/part-4 --out results\n" +
            "  govtext merge \"shards/part-*\" --out results            (quoted: GovText expands the glob)");
        command.Arguments.Add(shards);
        command.Options.Add(output);
        command.Options.Add(quiet);
        command.Options.Add(noCharts);
        command.SetAction((parse, ct) =>
        {
            var folders = Expand(parse.GetValue(shards) ?? []);
            var checkedShards = ShardMerge.Check(folders, PerShardOptions);
            var outDir = parse.GetValue(output)!;
            foreach (var shard in checkedShards) OutputFolderCheck.Check(outDir, shard.Path);
            var isQuiet = parse.GetValue(quiet);

            using var run = RecordedRun.Begin(parse, outDir, ResultsScope.Whole);
            run.Inputs.From(ShardMerge.MergedInputs(checkedShards));
            var progress = console.Progress(isQuiet);
            var merged = run.Stage("merge", () => progress.Run("Merging shards", steps => ShardMerge.Write(checkedShards, run.StagingDir, steps, ct)));
            var files = merged.FilesWritten.ToList();
            CorpusResults? comparison = null;
            if (checkedShards[0].Command == "analyze" && merged.Counted)
            {
                var analyze = AnalyzeCommand.Define();
                var record = Path.Combine(checkedShards[0].Path, "run.json");
                var recorded = analyze.Command.Parse([.. ConfigFile.Tokens(record, analyze.Command, analyze.Command.Parse([]))]);
                if (recorded.Errors.Count > 0)
                    throw new ConfigurationException($"the shards' recorded analyze options cannot be read: {recorded.Errors[0].Message}", record);
                var options = analyze.Comparison.Build(recorded, drawCharts: !parse.GetValue(noCharts) && !recorded.GetValue(analyze.NoCharts));
                // The merged folder is the starting point: the same stages as analyze after its document pass.
                var stages = new CorpusStages { CountsFrom = run.StagingDir, Comparison = options, Report = AnalyzeCommand.Report(run) };
                comparison = stages.Run(new CorpusResults(run.StagingDir), new StageView(progress, run), ct);
                files.AddRange(comparison.Files);
            }
            run.Commit(console, isQuiet);

            if (!isQuiet)
            {
                var n = checkedShards.Count;
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Merged {n} shard{(n == 1 ? "" : "s")} of '{checkedShards[0].Command}': {merged.Documents:N0} documents, {merged.Failures:N0} failed (ingest_errors.csv)."));
                foreach (var file in files) console.Output.WriteLine(run.FinalPath(file));
                if (comparison is not null) ComparisonCommandOptions.ReportNotes(console, comparison, isQuiet, console.Output);
            }
            return Task.FromResult(merged.Failures > 0 ? ExitCode.SomeInputsFailed : ExitCode.Ok);
        });
        return command;
    }

    /// <summary>
    /// The folders named, with a <c>*</c> or <c>?</c> in the last part of a name expanded (sorted ordinally), for
    /// callers whose shell does not expand it (SLURM scripts that quote, Windows).
    /// </summary>
    internal static IReadOnlyList<string> Expand(IEnumerable<string> names)
    {
        var folders = new List<string>();
        foreach (var name in names)
        {
            var last = Path.GetFileName(Path.TrimEndingDirectorySeparator(name));
            if (last.IndexOfAny(['*', '?']) < 0)
            {
                folders.Add(name);
                continue;
            }
            var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(name));
            var dir = string.IsNullOrEmpty(parent) ? "." : parent;
            if (dir.IndexOfAny(['*', '?']) >= 0)
                throw new ConfigurationException($"'{name}': only the last part of a shard folder name may hold * or ?");
            var matches = Directory.Exists(dir)
                ? Directory.GetDirectories(dir, last).Order(StringComparer.Ordinal).ToList()
                : [];
            if (matches.Count == 0) throw new ConfigurationException($"'{name}' matches no folder");
            folders.AddRange(matches);
        }
        return folders;
    }
}
