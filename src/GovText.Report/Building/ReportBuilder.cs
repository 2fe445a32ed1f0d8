using System.Reflection;
using GovText.Report.Results;
using GovText.Report.View;

namespace GovText.Report.Building;

/// <summary>Turns a results folder into the report's model, section by section, in the order a reader needs them.</summary>
internal static class ReportBuilder
{
    /// <summary>The report's own file name, never listed as one of the results it describes.</summary>
    public const string ReportFile = "report.html";

    public static ReportModel Build(ResultsFolder results, ReportOptions options, IReadOnlyCollection<string> excludedFiles)
    {
        var generator = "GovText " + Version();
        var run = RunSection.Build(results, generator, excludedFiles);
        var groupColumn = RunSection.GroupColumn(results);
        var concepts = results.Counts.ConceptById;
        string ConceptLabel(string id) => concepts.TryGetValue(id, out var c) ? ConceptSection.Label(c) : id;

        var model = new ReportModel
        {
            Title = "GovText report: " + (options.FolderName ?? Path.GetFileName(results.Dir)),
            Generator = generator,
            Contents = [],
            RunSource = run.Source,
            Run = run.Facts,
            Command = run.Command,
            Files = run.Files,
            Options = run.Options,
            CorpusSummary = CorpusSection.Summary(results),
            ByYear = CorpusSection.ByYear(results),
            ByLanguage = CorpusSection.ByLanguage(results),
            BySource = CorpusSection.BySource(results),
            Documents = CorpusSection.Documents(results, options.MaxDocumentRows),
            Failed = CorpusSection.Failed(results),
            Cleaning = CorpusSection.Cleaning(results),
            CleaningSteps = CorpusSection.CleaningSteps(results),
            ConceptTotals = ConceptSection.Totals(results),
            ConceptMatrices = ConceptSection.Matrices(results, options.MaxDocumentColumns, options.MaxGroupColumns),
            RateCharts = ChartSection.Charts(results, ChartSection.Kind.Rates),
            KeynessCharts = ChartSection.Charts(results, ChartSection.Kind.Keyness),
            KeynessConcepts = ComparisonSection.Keyness(results.Keyness, "Concepts most over- and under-represented in the target", options.KeynessRows, ConceptLabel),
            KeynessWords = ComparisonSection.Keyness(results.KeynessWords, "Words most over- and under-represented in the target", options.KeynessRows, w => w),
            CooccurrenceCharts = ChartSection.Charts(results, ChartSection.Kind.Cooccurrence),
            CooccurrencePairs = ComparisonSection.Cooccurrence(results.Cooccurrence, concepts, options.TopRows),
            Topics = ComparisonSection.Topics(results, options.TopRows),
            TopicCharts = ChartSection.Charts(results, ChartSection.Kind.Topics),
            Kwic = KwicSection.Build(results, options.KwicLinesPerConcept),
            KwicLimit = options.KwicLinesPerConcept.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Warnings = [.. run.Warnings, .. Checks.Run(results, groupColumn)],
            Reproduce = Reproduce(results, run.Command, generator),
            HasComparison = results.ByGroup is not null,
        };
        return model with { Contents = Contents(model) };
    }

    private static IReadOnlyList<SectionLink> Contents(ReportModel m)
    {
        var links = new List<SectionLink> { new("run", "What was run"), new("corpus", "The corpus"), new("concepts", "Concepts") };
        if (m.RateCharts.Count > 0 || m.HasKeyness) links.Add(new("trends", "Trends and keyness"));
        if (m.HasCooccurrence) links.Add(new("cooccurrence", "Co-occurrence"));
        if (m.HasTopics) links.Add(new("topics", "Topics and clusters"));
        links.Add(new("kwic", "What was counted"));
        links.Add(new("warnings", m.Warnings.Count > 0 ? $"Warnings ({m.Warnings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : "Warnings"));
        links.Add(new("methods", "Methods"));
        links.Add(new("reproduce", "Reproduce"));
        return links;
    }

    private static IReadOnlyList<string> Reproduce(ResultsFolder results, string command, string generator)
    {
        var steps = new List<string>
        {
            $"Install the same version: {generator} (govtext --version).",
            $"Use the same corpus: documents.csv lists every file read with its SHA-256; the corpus fingerprint above is the SHA-256 over those (path, sha256) lines.",
        };
        steps.Add(command.Length > 0
            ? $"Run: {command} (with the run.json of this folder copied beside you; it holds every option, defaults applied)"
            : "Run the same command with the same options and lexicon. This folder has no run.json, so the command is not recorded: newer GovText versions write it there.");
        steps.Add("Compare: every CSV is byte-identical for the same input on any machine (the report too: run times are only in run.json); sha256sum the files and diff.");
        return steps;
    }

    /// <summary>The version, with the source commit the build records (<c>0.1.0 (commit 6cb2a38e4c)</c>).</summary>
    private static string Version()
    {
        var version = typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ReportBuilder).Assembly.GetName().Version?.ToString() ?? "unknown";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : $"{version[..plus]} (commit {version[(plus + 1)..Math.Min(version.Length, plus + 11)]})";
    }
}
