using System.Globalization;
using GovText.Core.Pipeline;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary>The one-screen summary at the end of a pipeline command.</summary>
internal static class SummaryView
{
    public static void Render(CliConsole console, AnalysisPipeline pipeline, AnalysisResult result)
    {
        var s = result.Summary;
        var table = new Table().Border(TableBorder.Rounded).Title("GovText").AddColumn("").AddColumn("");
        table.HideHeaders();
        table.AddRow("Corpus", Markup.Escape(pipeline.Ingestor.CorpusDir));
        table.AddRow("Manifest", Markup.Escape(pipeline.Ingestor.Manifest.File.Length == 0 ? "(none)" : pipeline.Ingestor.Manifest.File));
        table.AddRow("Documents read", Number(s.Documents));
        table.AddRow("Failed", s.Failures.Count == 0 ? "0" : $"[red]{s.Failures.Count}[/] (listed in ingest_errors.csv)");
        table.AddRow("Skipped", s.Skipped.Count == 0 ? "0"
            : $"{s.Skipped.Count}: " + Markup.Escape(string.Join(", ", s.Skipped.Take(5).Select(k => $"{k.Path} ({Reason(k.Reason)})")) + (s.Skipped.Count > 5 ? ", …" : "")));
        table.AddRow("Languages", s.Languages.Count == 0 ? "-" : string.Join(", ", s.Languages.Select(l => $"{l.Key} {Number(l.Value)}")));
        table.AddRow("Sentences", s.Sentences.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Cleaning changes", s.CleaningSteps.Count == 0 ? "-" : Markup.Escape(string.Join(", ", s.CleaningSteps.Select(k => $"{k.Key} {Number(k.Value)}"))));
        table.AddRow("Lines removed", s.RemovedLinesByRule.Count == 0 ? "0" : Markup.Escape(string.Join(", ", s.RemovedLinesByRule.Select(k => $"{k.Key} {Number(k.Value)}"))));
        table.AddRow("Output", Markup.Escape(string.Join("\n", result.FilesWritten)));
        console.Out.Write(table);
    }

    // The summary has one screen: the first clause of a reason says enough.
    private static string Reason(string reason) => reason.Split([" (", ";"], 2, StringSplitOptions.None)[0];

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
