using GovText.Core.Errors;
using GovText.Core.Pipeline;
using GovText.Core.Results;
using GovText.Core.StopWords;

namespace GovText.Core.Comparison;

/// <summary>
/// The comparison stage: from the <see cref="CountAccumulator"/> (filled by a fresh count run or read back from a results
/// folder, the same either way) to <c>concept_by_group.csv</c>, <c>keyness.csv</c>, <c>keyness_words.csv</c> and
/// <c>cooccurrence.csv</c>, handed on as <see cref="ComparedCounts"/> (to the charts).
/// </summary>
public sealed class ComparisonStage : ICorpusStage
{
    private readonly string? _keynessFrom;

    private ComparisonStage(bool writesTables, string? keynessFrom)
    {
        WritesTables = writesTables;
        _keynessFrom = keynessFrom;
    }

    /// <summary>The comparison of <c>compare</c> and <c>analyze</c>: computes and writes every table.</summary>
    public static ComparisonStage Tables { get; } = new(true, null);

    /// <summary>
    /// The comparison for redrawing charts (<c>plot --from</c>): writes nothing. Keyness is computed when a target is set,
    /// otherwise read from <c>keyness.csv</c>/<c>keyness_words.csv</c> in <paramref name="folder"/> if a compare run left them.
    /// </summary>
    public static ComparisonStage ForCharts(string folder) => new(false, folder);

    /// <summary>True when the stage writes the comparison tables.</summary>
    public bool WritesTables { get; }

    /// <inheritdoc/>
    public string Name => "compare";

    /// <inheritdoc/>
    public string Title => "Comparing";

    /// <inheritdoc/>
    /// <exception cref="ConfigurationException">An empty or overlapping keyness side.</exception>
    public CorpusResults Run(CorpusResults input, IProgress<StageProgress>? progress)
    {
        var counts = input.Counts ?? throw new ArgumentException("the comparison needs the counts", nameof(input));
        var options = counts.Options;
        var warnings = new List<string>();
        var files = new List<string>();
        var steps = WritesTables ? 3 : 2;

        // Everything that can fail is computed before the first file is written.
        progress?.Report(new("rates by group", 0, steps));
        var groupRows = GroupRows(counts, warnings);
        progress?.Report(new("keyness", 1, steps));
        var (conceptKeyness, wordKeyness, description) = Keyness(counts, warnings);
        var cooccurrence = counts.CoMentions.Rows();
        var recorded = _keynessFrom is not null && options.Target is null;
        if (recorded)
        {
            var conceptsPath = ResultTables.ConceptKeyness.PathIn(_keynessFrom!);
            var wordsPath = ResultTables.WordKeyness.PathIn(_keynessFrom!);
            // Only for a folder whose run.json does not record the run that wrote these tables (the CLI's plot passes
            // that run's --target, so keyness is recomputed above with its description). The charts draw the tables
            // as they are, so the significance line counts the same tests as their p_bonferroni.
            if (File.Exists(conceptsPath)) conceptKeyness = ResultTables.ConceptKeyness.Read(conceptsPath).ToList();
            if (File.Exists(wordsPath)) wordKeyness = ResultTables.WordKeyness.Read(wordsPath).ToList();
            if (conceptKeyness is not null) description = "target vs reference of keyness.csv (the run that wrote it is not recorded)";
        }
        if (WritesTables)
        {
            progress?.Report(new("writing tables", 2, steps));
            Directory.CreateDirectory(input.OutDir);
            files.Add(ResultTables.ConceptByGroup.WriteIn(input.OutDir, groupRows));
            if (conceptKeyness is not null && wordKeyness is not null)
            {
                files.Add(ResultTables.ConceptKeyness.WriteIn(input.OutDir, conceptKeyness));
                files.Add(ResultTables.WordKeyness.WriteIn(input.OutDir, wordKeyness));
            }
            files.Add(ResultTables.Cooccurrence.WriteIn(input.OutDir, cooccurrence));
        }
        progress?.Report(new("done", steps, steps));
        var compared = new ComparedCounts(groupRows, conceptKeyness, wordKeyness, description, cooccurrence, recorded ? null : WordFilters(options));
        return input.Add(files, warnings, recorded ? [] : Notes(options, wordKeyness)) with { Comparison = compared };
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
}
