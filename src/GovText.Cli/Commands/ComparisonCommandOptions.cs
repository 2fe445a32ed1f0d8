using System.CommandLine;
using GovText.Charts;
using GovText.Core.Comparison;
using GovText.Core.Errors;
using GovText.Core.Pipeline;
using GovText.Core.StopWords;

namespace GovText.Cli.Commands;

/// <summary>
/// The comparison and chart options shared by <c>plot</c> and <c>compare</c>: grouping, target/reference filters,
/// word keyness threshold, chart size, resolution, labels and font. Add them to a command, then build the Core options.
/// </summary>
internal sealed class ComparisonCommandOptions
{
    public Option<string> By { get; } = new("--by")
    {
        Description = "documents.csv column to group by (year, source, language, region, …; doc_id: one group per document)",
        DefaultValueFactory = _ => "doc_id",
    };

    public Option<string?> Target { get; } = new("--target")
    {
        Description = "target documents for keyness: COLUMN=VALUE[,VALUE…] or COLUMN=LOW..HIGH (inclusive), e.g. year=2013..2025",
    };

    public Option<string?> Reference { get; } = new("--reference")
    {
        Description = "reference documents, same syntax (default: every other document)",
    };

    public Option<int> MinCount { get; } = new("--min-count")
    {
        Description = "word types need at least this many occurrences (target + reference) for keyness_words.csv",
        DefaultValueFactory = _ => 5,
    };

    public Option<string> StopWords { get; } = new("--stopwords")
    {
        Description = "words left out of word lists (keyness_words.csv): 'default' (stopwords-iso zh + Snowball English), 'none', or a UTF-8 file with one word a line",
        DefaultValueFactory = _ => StopWordList.DefaultName,
    };

    public Option<string?> Pos { get; } = new("--pos")
    {
        Description = "keep only Chinese words with these jieba POS tags in keyness_words.csv, comma-separated (e.g. n,vn,v,ns; the pos column of word_frequencies.csv); English words are kept",
    };

    public Option<bool> RollUp { get; } = CreateRollUp();

    public Option<string> KeynessCorrection { get; } = new("--keyness-correction")
    {
        Description = "which items keyness charts show as significant (p < 0.05): bonferroni (family-wise), bh (Benjamini-Hochberg false discovery rate) or none (raw p)",
        DefaultValueFactory = _ => "bonferroni",
    };

    /// <summary>Resolution, size and font: shared with the model charts.</summary>
    public ChartCommandOptions Chart { get; } = new();

    public Option<int> Dpi => Chart.Dpi;

    public Option<int> Width => Chart.Width;

    public Option<int> Height => Chart.Height;

    public Option<string?> Font => Chart.Font;

    public Option<string> Labels { get; } = new("--labels")
    {
        Description = "concept labels: en, zh or both",
        DefaultValueFactory = _ => "en",
    };

    public Option<int> TopConcepts { get; } = new("--top-concepts")
    {
        Description = "how many concepts (most matches) the bar and trend charts show",
        DefaultValueFactory = _ => 8,
    };

    public Option<int> KeynessTop { get; } = new("--keyness-top")
    {
        Description = "how many items (largest |G2|) each keyness chart shows on each side: this many more frequent in the target and as many in the reference",
        DefaultValueFactory = _ => 10,
    };

    public Option<string> NetworkUnit { get; } = new("--network-unit")
    {
        Description = "unit of co-mention for the network's edges: sentence, paragraph or document",
        DefaultValueFactory = _ => "sentence",
    };

    public ComparisonCommandOptions()
    {
        // Checked as the line is parsed, so a typo names the option (the chart stage's own check cannot).
        NetworkUnit.AcceptOnly([.. CoMentions.UnitNames]);
    }

    /// <summary>The <c>--rollup</c> flag (count has it too, for its table).</summary>
    public static Option<bool> CreateRollUp() => new("--rollup")
    {
        Description = "show category totals (a parent's count includes its children's) in the terminal table and charts, labelled so; " +
                      "default: each concept's own matches. The CSVs always have both (count, count_with_children)",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { By, Target, Reference, MinCount, StopWords, Pos, RollUp, KeynessCorrection, Dpi, Width, Height, Labels, Font, TopConcepts, KeynessTop, NetworkUnit })
            command.Options.Add(option);
    }

    /// <summary>Builds the Core options with the chart stage (none when <paramref name="drawCharts"/> is false); malformed values raise ConfigurationException (exit 2).</summary>
    public ComparisonOptions Build(ParseResult parse, bool drawCharts = true)
    {
        var target = parse.GetValue(Target);
        var reference = parse.GetValue(Reference);
        return new ComparisonOptions
        {
            By = parse.GetValue(By)!,
            Target = target is null ? null : DocumentFilter.Parse(target, "target"),
            Reference = reference is null ? null : DocumentFilter.Parse(reference, "reference"),
            MinCount = parse.GetValue(MinCount),
            StopWords = StopWordList.Load(parse.GetValue(StopWords)!),
            Pos = parse.GetValue(Pos) is { } pos
                ? pos.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } set
                    ? set
                    : throw new ConfigurationException("--pos needs at least one tag, e.g. --pos n,vn,v,ns")
                : null,
            RollUp = parse.GetValue(RollUp),
            KeynessCorrection = KeynessSelection.Parse(parse.GetValue(KeynessCorrection)!),
            Charts = !drawCharts ? null : new ChartRenderer(new ChartOptions
            {
                Dpi = parse.GetValue(Dpi),
                Width = parse.GetValue(Width),
                Height = parse.GetValue(Height),
                Labels = ChartOptions.ParseLabels(parse.GetValue(Labels)!),
                FontFile = parse.GetValue(Font),
                TopConcepts = parse.GetValue(TopConcepts),
                KeynessTop = parse.GetValue(KeynessTop),
                NetworkUnit = parse.GetValue(NetworkUnit)!,
            }),
        };
    }

    /// <summary>Prints the files written (one per line, for scripts), then the notes and each warning once; with <paramref name="quiet"/>, only the warnings.</summary>
    public static void Report(CliConsole console, CorpusResults result, bool quiet = false)
    {
        if (!quiet)
        {
            foreach (var file in result.Files) console.Output.WriteLine(file);
        }
        // Standard output is the list of files, for scripts; the rest is commentary.
        ReportNotes(console, result, quiet, console.Error);
    }

    /// <summary>
    /// Each warning once on standard error (always); unless quiet, the charts' notes (charts the data did not call for)
    /// and the font used, to <paramref name="notes"/>.
    /// </summary>
    public static void ReportNotes(CliConsole console, CorpusResults result, bool quiet, TextWriter notes)
    {
        foreach (var warning in result.Warnings.Distinct(StringComparer.Ordinal)) console.Warn(warning);
        if (quiet) return;
        foreach (var note in result.Notes) console.Note(notes, note);
        if (result.Charts is not { } charts) return;
        foreach (var note in charts.Notes) console.Note(notes, note);
        notes.WriteLine("charts: " + console.Text(charts.Summary));
    }
}
