using GovText.Core.Errors;
using GovText.Core.Results;
using GovText.Core.StopWords;

namespace GovText.Core.Comparison;

/// <summary>
/// The comparison stage: from a <see cref="CountAccumulator"/> (filled by a fresh count run or replayed from a results
/// folder, the same either way) to <c>concept_by_group.csv</c>, <c>keyness.csv</c>, <c>keyness_words.csv</c>,
/// <c>cooccurrence.csv</c> and, through the <see cref="IChartStage"/>, the charts in <c>OUT/charts/</c>.
/// </summary>
public static class ComparisonPipeline
{
    /// <summary>Computes and writes every comparison table into <paramref name="outDir"/>, then the charts (unless turned off).</summary>
    /// <param name="counts">What counting accumulated.</param>
    /// <param name="outDir">Where the tables and charts go.</param>
    /// <param name="progress">Told each step as it starts (rates, keyness, tables, charts), or null.</param>
    /// <exception cref="ConfigurationException">An empty or overlapping keyness side, bad chart options.</exception>
    public static ComparisonResult Run(CountAccumulator counts, string outDir, IProgress<Pipeline.StageProgress>? progress = null)
    {
        var options = counts.Options;
        options.Charts?.Validate();
        var files = new List<string>();
        var warnings = new List<string>();
        Directory.CreateDirectory(outDir);
        var steps = options.Charts is null ? 3 : 4;

        // Everything that can fail is computed before the first file is written.
        progress?.Report(new("rates by group", 0, steps));
        var groupRows = GroupRows(counts, warnings);
        progress?.Report(new("keyness", 1, steps));
        var (conceptKeyness, wordKeyness, description) = Keyness(counts, warnings);
        progress?.Report(new("writing tables", 2, steps));
        files.Add(ResultTables.ConceptByGroup.WriteIn(outDir, groupRows));
        if (conceptKeyness is not null && wordKeyness is not null)
        {
            files.Add(ResultTables.ConceptKeyness.WriteIn(outDir, conceptKeyness));
            files.Add(ResultTables.WordKeyness.WriteIn(outDir, wordKeyness));
        }

        var cooccurrence = counts.CoMentions.Rows();
        files.Add(ResultTables.Cooccurrence.WriteIn(outDir, cooccurrence));

        ChartStageResult? charts = null;
        if (options.Charts is not null)
        {
            progress?.Report(new("charts", 3, steps));
            var data = BuildChartData(counts, groupRows, conceptKeyness, wordKeyness, description, cooccurrence);
            charts = options.Charts.Draw(data, Path.Combine(outDir, ResultFiles.ChartsFolder));
            files.AddRange(charts.Files);
            warnings.AddRange(charts.Warnings);
        }
        progress?.Report(new("done", steps, steps));
        return new ComparisonResult(files, warnings, charts) { Notes = Notes(options, wordKeyness) };
    }

    /// <summary>
    /// Redraws the charts from a results folder without recounting: the folder is replayed into a
    /// <see cref="CountAccumulator"/>; keyness is computed when a target is set, otherwise read from
    /// <c>keyness.csv</c>/<c>keyness_words.csv</c> there if a compare run left them. Writes only charts.
    /// </summary>
    /// <exception cref="ConfigurationException">A count table is missing or malformed, or an option is invalid.</exception>
    /// <exception cref="ArgumentException"><see cref="ComparisonOptions.Charts"/> is null: there is nothing to plot with.</exception>
    public static ComparisonResult Plot(string fromDir, ComparisonOptions options, string outDir, IProgress<Pipeline.StageProgress>? progress = null)
    {
        var stage = options.Charts ?? throw new ArgumentException("plotting needs a chart stage (ComparisonOptions.Charts)", nameof(options));
        stage.Validate();
        progress?.Report(new("reading the count tables", 0, 3));
        var counts = CountReplay.Replay(fromDir, options);
        progress?.Report(new("keyness", 1, 3));
        var warnings = new List<string>();
        var groupRows = GroupRows(counts, warnings);

        var (conceptKeyness, wordKeyness, description) = Keyness(counts, warnings);
        if (options.Target is null)
        {
            var conceptsPath = ResultTables.ConceptKeyness.PathIn(fromDir);
            var wordsPath = ResultTables.WordKeyness.PathIn(fromDir);
            // Only for a folder whose run.json does not record the run that wrote these tables (the CLI's plot passes
            // that run's --target, so keyness is recomputed above with its description). The charts draw the tables
            // as they are, so the significance line counts the same tests as their p_bonferroni.
            if (File.Exists(conceptsPath)) conceptKeyness = ResultTables.ConceptKeyness.Read(conceptsPath).ToList();
            if (File.Exists(wordsPath)) wordKeyness = ResultTables.WordKeyness.Read(wordsPath).ToList();
            if (conceptKeyness is not null) description = "target vs reference of keyness.csv (the run that wrote it is not recorded)";
        }

        progress?.Report(new("charts", 2, 3));
        var data = BuildChartData(counts, groupRows, conceptKeyness, wordKeyness, description, counts.CoMentions.Rows());
        if (options.Target is null) data = data with { WordFilters = null };
        var charts = stage.Draw(data, Path.Combine(outDir, ResultFiles.ChartsFolder));
        progress?.Report(new("done", 3, 3));
        warnings.AddRange(charts.Warnings);
        return new ComparisonResult(charts.Files.ToList(), warnings, charts) { Notes = options.Target is null ? [] : Notes(options, wordKeyness) };
    }

    private static IReadOnlyList<ConceptGroupRow> GroupRows(CountAccumulator counts, List<string> warnings)
    {
        var excluded = counts.Groups.Excluded;
        if (excluded.Count > 0)
            warnings.Add($"{excluded.Count} document(s) have no '{counts.Groups.Column}' value and are in no group: {excluded}");
        return counts.Groups.Rows(counts.Concepts, counts.Languages);
    }

    private static (IReadOnlyList<KeynessRow>? Concepts, IReadOnlyList<KeynessRow>? Words, string? Description) Keyness(
        CountAccumulator counts, List<string> warnings)
    {
        if (counts.Keyness is not { } sides) return (null, null, null);
        sides.Check();
        if (sides.Undecided.Count > 0)
            warnings.Add($"{sides.Undecided.Count} document(s) are on neither side of the keyness comparison (empty or non-numeric value): {sides.Undecided}");
        warnings.AddRange(KeynessTable.Refusals(sides));
        return (KeynessTable.ForConcepts(sides, counts.Concepts, counts.Languages),
            KeynessTable.ForWords(sides, counts.Options.MinCount, counts.Options.StopWords, counts.Options.Pos), sides.Description);
    }

    private static IReadOnlyList<string> Notes(ComparisonOptions options, IReadOnlyList<KeynessRow>? wordKeyness) =>
        wordKeyness is null ? [] : WordFilters(options).Select(f => "word keyness: " + f).ToList();

    /// <summary>Which words word keyness tests (<c>--stopwords</c>, <c>--pos</c>): the run's notes and the words chart's caption.</summary>
    public static IReadOnlyList<string> WordFilters(ComparisonOptions options) =>
    [
        // A file list is named by its file name: a chart in a paper should not carry the author's folders.
        options.StopWords.Name == StopWordList.NoneName ? "no stop words left out (--stopwords none)" : "stop words left out: " + (File.Exists(options.StopWords.Name)
            ? options.StopWords.Description.Replace(options.StopWords.Name, Path.GetFileName(options.StopWords.Name), StringComparison.Ordinal)
            : options.StopWords.Description),
        .. options.Pos is null ? Array.Empty<string>() : [$"Chinese words kept only with jieba POS {string.Join(", ", options.Pos.Order(StringComparer.Ordinal))}"],
    ];

    private static ChartData BuildChartData(CountAccumulator counts, IReadOnlyList<ConceptGroupRow> groupRows,
        IReadOnlyList<KeynessRow>? conceptKeyness, IReadOnlyList<KeynessRow>? wordKeyness, string? description,
        IReadOnlyList<CooccurrenceRow> cooccurrence)
    {
        var options = counts.Options;
        IReadOnlyList<ConceptGroupRow> yearRows = [];
        if (counts.DocumentColumns.Contains("year", StringComparer.Ordinal))
        {
            // Only numeric years can sit on a time axis; a value like "n.d." stays in the tables but not in the trend.
            var rows = counts.YearGroups is { } years ? years.Rows(counts.Concepts, counts.Languages) : groupRows;
            yearRows = rows.Where(r => GroupOrder.TryNumber(r.Group, out _)).ToList();
        }
        // Charts draw each concept's own matches; category totals only when asked for (and then titled so).
        if (options.RollUp)
        {
            groupRows = groupRows.Select(r => r.AsRolledUp()).ToList();
            yearRows = yearRows.Select(r => r.AsRolledUp()).ToList();
        }
        return new ChartData(counts.Concepts, options.By, groupRows, yearRows, conceptKeyness, wordKeyness, description,
            cooccurrence, counts.MatchesPerConcept)
        {
            RolledUp = options.RollUp,
            KeynessCorrection = options.KeynessCorrection,
            WordFilters = WordFilters(options),
        };
    }
}
