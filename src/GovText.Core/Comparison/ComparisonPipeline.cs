using GovText.Core.Errors;

namespace GovText.Core.Comparison;

/// <summary>
/// The comparison stage: from the count tables to <c>concept_by_group.csv</c>, <c>keyness.csv</c>,
/// <c>keyness_words.csv</c>, <c>cooccurrence.csv</c> and the charts in <c>OUT/charts/</c>.
/// </summary>
public static class ComparisonPipeline
{
    /// <summary>Charts go here, under the output folder.</summary>
    public const string ChartsFolder = "charts";

    /// <summary>Computes and writes every comparison table into <paramref name="outDir"/>, then the charts (unless turned off).</summary>
    /// <exception cref="ConfigurationException">Unknown column, bad filter, empty target or reference, bad chart options.</exception>
    public static ComparisonResult Run(CountTables tables, ComparisonOptions options, string outDir)
    {
        ValidateBy(tables, options.By);
        options.Charts?.Validate();
        var files = new List<string>();
        var warnings = new List<string>();
        Directory.CreateDirectory(outDir);

        var groupRows = ConceptByGroup.Compute(tables, options.By, out var excluded);
        if (excluded.Count > 0)
            warnings.Add($"{excluded.Count} document(s) have no '{options.By}' value and are in no group: {KeynessSides.Ids(excluded)}");
        files.Add(Write(outDir, ConceptByGroup.FileName, p => ConceptByGroup.Write(p, groupRows)));

        var (conceptKeyness, wordKeyness, description) = Keyness(tables, options, warnings);
        if (conceptKeyness is not null && wordKeyness is not null)
        {
            files.Add(Write(outDir, KeynessTable.ConceptsFileName, p => KeynessTable.Write(p, "concept_id", conceptKeyness)));
            files.Add(Write(outDir, KeynessTable.WordsFileName, p => KeynessTable.Write(p, "token", wordKeyness)));
        }

        var cooccurrence = Cooccurrence.Compute(tables);
        files.Add(Write(outDir, Cooccurrence.FileName, p => Cooccurrence.Write(p, cooccurrence)));

        ChartStageResult? charts = null;
        if (options.Charts is not null)
        {
            var data = BuildChartData(tables, options, groupRows, conceptKeyness, wordKeyness, description, cooccurrence);
            charts = options.Charts.Draw(data, Path.Combine(outDir, ChartsFolder));
            files.AddRange(charts.Files);
            warnings.AddRange(charts.Warnings);
        }
        return new ComparisonResult(files, warnings, charts) { Notes = Notes(options, wordKeyness) };
    }

    /// <summary>
    /// Redraws the charts from a results folder without recounting: the count tables are read from
    /// <paramref name="fromDir"/>; keyness is computed when <see cref="ComparisonOptions.Target"/> is set, otherwise
    /// read from <c>keyness.csv</c>/<c>keyness_words.csv</c> there if a compare run left them. Writes only charts.
    /// </summary>
    /// <exception cref="ConfigurationException">A count table is missing, or an option is invalid.</exception>
    /// <exception cref="ArgumentException"><see cref="ComparisonOptions.Charts"/> is null: there is nothing to plot with.</exception>
    public static ComparisonResult Plot(string fromDir, ComparisonOptions options, string outDir)
    {
        var stage = options.Charts ?? throw new ArgumentException("plotting needs a chart stage (ComparisonOptions.Charts)", nameof(options));
        var tables = CountTables.Read(fromDir);
        ValidateBy(tables, options.By);
        stage.Validate();
        var warnings = new List<string>();
        var groupRows = ConceptByGroup.Compute(tables, options.By, out var excluded);
        if (excluded.Count > 0)
            warnings.Add($"{excluded.Count} document(s) have no '{options.By}' value and are in no group: {KeynessSides.Ids(excluded)}");

        var (conceptKeyness, wordKeyness, description) = Keyness(tables, options, warnings);
        if (options.Target is null)
        {
            var conceptsPath = Path.Combine(fromDir, KeynessTable.ConceptsFileName);
            var wordsPath = Path.Combine(fromDir, KeynessTable.WordsFileName);
            if (File.Exists(conceptsPath)) conceptKeyness = KeynessTable.Read(conceptsPath);
            // A file from an older run may hold stop words; the chart leaves them out all the same.
            if (File.Exists(wordsPath))
                wordKeyness = KeynessTable.Read(wordsPath).Where(r => !options.StopWords.Contains(r.Item, r.Language)).ToList();
            if (conceptKeyness is not null) description = "target vs reference of the compare run";
        }

        var data = BuildChartData(tables, options, groupRows, conceptKeyness, wordKeyness, description, Cooccurrence.Compute(tables));
        var charts = stage.Draw(data, Path.Combine(outDir, ChartsFolder));
        warnings.AddRange(charts.Warnings);
        return new ComparisonResult(charts.Files.ToList(), warnings, charts) { Notes = options.Target is null ? [] : Notes(options, wordKeyness) };
    }

    private static (IReadOnlyList<KeynessRow>? Concepts, IReadOnlyList<KeynessRow>? Words, string? Description) Keyness(
        CountTables tables, ComparisonOptions options, List<string> warnings)
    {
        if (options.Target is null)
        {
            if (options.Reference is not null) throw new ConfigurationException("--reference needs --target");
            return (null, null, null);
        }
        var sides = KeynessSides.Select(tables, options.Target, options.Reference);
        if (sides.Undecided.Count > 0)
            warnings.Add($"{sides.Undecided.Count} document(s) are on neither side of the keyness comparison (empty or non-numeric value): {KeynessSides.Ids(sides.Undecided)}");
        warnings.AddRange(KeynessTable.Refusals(tables, sides));
        var description = $"{options.Target.Text} ({sides.TargetCount} docs) vs " +
                          (options.Reference is null ? "all other documents" : options.Reference.Text) + $" ({sides.ReferenceCount} docs)";
        return (KeynessTable.ForConcepts(tables, sides), KeynessTable.ForWords(tables, sides, options.MinCount, options.StopWords), description);
    }

    private static IReadOnlyList<string> Notes(ComparisonOptions options, IReadOnlyList<KeynessRow>? wordKeyness) =>
        wordKeyness is null ? [] : [$"word keyness: stop words left out: {options.StopWords.Description}"];

    private static ChartData BuildChartData(CountTables tables, ComparisonOptions options, IReadOnlyList<ConceptGroupRow> groupRows,
        IReadOnlyList<KeynessRow>? conceptKeyness, IReadOnlyList<KeynessRow>? wordKeyness, string? description,
        IReadOnlyList<CooccurrenceRow> cooccurrence)
    {
        var by = options.By;
        IReadOnlyList<ConceptGroupRow> yearRows = [];
        if (tables.DocumentColumns.Contains("year", StringComparer.Ordinal))
        {
            // Only numeric years can sit on a time axis; a value like "n.d." stays in the tables but not in the trend.
            var rows = by == "year" ? groupRows : ConceptByGroup.Compute(tables, "year", out _);
            yearRows = rows.Where(r => GroupOrder.TryNumber(r.Group, out _)).ToList();
        }
        // Charts draw each concept's own matches; category totals only when asked for (and then titled so).
        if (options.RollUp)
        {
            groupRows = groupRows.Select(r => r.AsRolledUp()).ToList();
            yearRows = yearRows.Select(r => r.AsRolledUp()).ToList();
        }
        var matches = tables.ConceptMatches.GroupBy(m => m.ConceptId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new ChartData(tables.Concepts, by, groupRows, yearRows, conceptKeyness, wordKeyness, description, cooccurrence, matches)
        {
            RolledUp = options.RollUp,
            KeynessCorrection = options.KeynessCorrection,
        };
    }

    private static void ValidateBy(CountTables tables, string by)
    {
        if (!tables.DocumentColumns.Contains(by, StringComparer.Ordinal))
            throw new ConfigurationException($"--by '{by}': documents.csv has no such column; columns are: {string.Join(", ", tables.DocumentColumns)}");
    }

    private static string Write(string outDir, string fileName, Action<string> write)
    {
        var path = Path.Combine(outDir, fileName);
        write(path);
        return path;
    }
}
