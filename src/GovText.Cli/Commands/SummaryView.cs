using System.Globalization;
using GovText.Core.Pipeline;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary>The one-screen summary at the end of a pipeline command.</summary>
internal static class SummaryView
{
    public static void Render(CliConsole console, AnalysisPipeline pipeline, AnalysisResult result, string? shardSource = null)
    {
        var s = result.Summary;
        var table = new Table().Border(TableBorder.Rounded).Title("GovText").AddColumn("").AddColumn("");
        table.HideHeaders();
        table.AddRow("Corpus", Markup.Escape(CliConsole.Escape(pipeline.Ingestor.CorpusDir)));
        table.AddRow("Manifest", Markup.Escape(CliConsole.Escape(pipeline.Ingestor.Manifest.File.Length == 0 ? "(none)" : pipeline.Ingestor.Manifest.File)));
        if (!pipeline.Ingestor.Shard.IsWhole)
        {
            var all = pipeline.Ingestor.AllFiles;
            var mine = pipeline.Ingestor.Files;
            table.AddRow("Shard", Markup.Escape(
                $"{pipeline.Ingestor.Shard.Number} of {pipeline.Ingestor.Shard.Count}{(shardSource is null ? "" : $" (from {shardSource})")}: " +
                $"{Number(mine.Count)} of {Number(all.Count)} files, {Megabytes(mine.Sum(f => f.Bytes))} of {Megabytes(all.Sum(f => f.Bytes))} MB; " +
                "merge the shards with 'govtext merge'"));
        }
        table.AddRow("Documents read", Number(s.Documents));
        table.AddRow("Failed", s.Failures.Count == 0 ? "0" : $"[red]{s.Failures.Count}[/] (listed in ingest_errors.csv)");
        table.AddRow("Skipped", s.Skipped.Count == 0 ? "0"
            : $"{s.Skipped.Count}: " + Markup.Escape(CliConsole.Escape(string.Join(", ", s.Skipped.Take(5).Select(k => $"{k.Path} ({Reason(k.Reason)})")) + (s.Skipped.Count > 5 ? ", …" : ""))));
        table.AddRow("Languages", s.Languages.Count == 0 ? "-" : string.Join(", ", s.Languages.Select(l => $"{l.Key} {Number(l.Value)}")));
        table.AddRow("Sentences", s.Sentences.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Cleaning changes", s.CleaningSteps.Count == 0 ? "-" : Markup.Escape(CliConsole.Escape(string.Join(", ", s.CleaningSteps.Select(k => $"{k.Key} {Number(k.Value)}")))));
        table.AddRow("Lines removed", Markup.Escape(CliConsole.Escape(RemovedLines(s.RemovedLinesByRule))));
        table.AddRow("Output", Markup.Escape(CliConsole.Escape(Outputs(result.OutDir, result.FilesWritten))));
        console.Out.Write(table);
    }

    // One screen: the total and the rules that removed most (cleaning_log.csv, from --explain-cleaning, has every line).
    private static string RemovedLines(IReadOnlyDictionary<string, int> byRule)
    {
        if (byRule.Count == 0) return "0";
        var top = byRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(4)
            .Select(p => $"{p.Key} {Number(p.Value)}");
        return $"{Number(byRule.Values.Sum())} by {byRule.Count} rule(s): {string.Join(", ", top)}{(byRule.Count > 4 ? ", …" : "")}";
    }

    // One screen: the folder once, then file names relative to it; a sub-folder's files are counted, not listed.
    private static string Outputs(string outDir, IReadOnlyList<string> files)
    {
        var root = outDir.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var names = new List<string>();
        var folders = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = file.StartsWith(root, StringComparison.Ordinal) ? file[root.Length..] : file;
            var slash = relative.IndexOf(Path.DirectorySeparatorChar);
            if (slash > 0 && slash < relative.Length - 1) folders[relative[..(slash + 1)]] = folders.GetValueOrDefault(relative[..(slash + 1)]) + 1;
            else names.Add(relative);
        }
        names.AddRange(folders.Select(f => $"{f.Key} ({f.Value} files)"));
        return root + "\n" + string.Join(", ", names);
    }

    // The summary has one screen: the first clause of a reason says enough.
    private static string Reason(string reason) => reason.Split([" (", ";"], 2, StringSplitOptions.None)[0];

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
