using System.CommandLine;
using GovText.Core.Cleaning;
using GovText.Core.Errors;
using GovText.Core.Ingestion;
using GovText.Core.Pipeline;
using GovText.Core.Sharding;
using GovText.Core.Results;

namespace GovText.Cli.Commands;

/// <summary>
/// The arguments and options every pipeline command shares (ingest, analyze, and later count, compare, kwic):
/// the corpus, manifest, output folder, cleaning switches and verbosity. Commands add them with
/// <see cref="AddTo"/> and turn a parse result into Core options with <see cref="ToAnalysisOptions"/>.
/// </summary>
internal sealed class PipelineOptions
{
    public Argument<string> Corpus { get; } = new("corpus")
    {
        Description = "The corpus folder (walked recursively; hidden files skipped).",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => "corpus",
    };

    public Option<string?> Manifest { get; } = new("--manifest", "-m")
    {
        Description = "The manifest CSV (id,path[,title,year,language,...]). Default: CORPUS/manifest.csv when it exists.",
    };

    public Option<string> Out { get; } = new("--out", "-o")
    {
        Description = "Output folder (must not be inside the corpus).",
        DefaultValueFactory = _ => "results",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print nothing but errors." };

    public Option<string?> CleanRules { get; } = new("--clean-rules")
    {
        Description = "A boilerplate rules file added to the defaults (format: docs/cleaning.md).",
    };

    public Option<bool> NoClean { get; } = new("--no-clean") { Description = "Turn every cleaning step off (text is only split into paragraphs and sentences)." };

    public Option<string[]> SkipStep { get; } = new("--skip-step")
    {
        Description = "Turn one cleaning step off; repeat it or separate steps with commas: " + string.Join(", ", CleaningStep.All) + ".",
    };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Stop at the first file that cannot be read (exit code 1)." };

    public Option<bool> ExplainCleaning { get; } = new("--explain-cleaning")
    {
        Description = "Also write cleaning_log.csv: every line removed and every repair, per document, with its rule or step.",
    };

    public Option<int?> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Files read at once (default: the number of processors). Output never depends on it.",
    };

    public Option<double?> TimeBudget { get; } = new("--time-budget")
    {
        Description = $"Seconds one document may take to read and clean before it is reported as failed (default {IngestLimits.DefaultTimeBudget.TotalSeconds:0}; 0 = no limit).",
    };

    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Read only shard I of N of the corpus (e.g. 3/16), for job arrays; merge the shards' folders with 'govtext merge'. " +
                      "Inside a SLURM array job it is taken from SLURM_ARRAY_TASK_ID/MIN/COUNT when not given; 1/1 reads the whole corpus. " +
                      "Shards are consecutive runs of the corpus of about equal bytes (docs/scaling.md).",
    };

    private bool _sharded;

    public Option<string> TableFormat { get; } = CreateTableFormat();

    private bool _writesTables;

    public Option<bool> WordFrequencies { get; } = new("--word-frequencies")
    {
        Description = "Also write word_frequencies.csv (every word type per document with its count and jieba POS tag; the largest table, " +
                      "about twice the corpus as CSV). Written anyway when the run computes word keyness (--target).",
    };

    private bool _writesWords;

    /// <summary>Write word frequencies whatever <c>--word-frequencies</c> says (a shard of a run with word keyness).</summary>
    public bool WordFrequenciesNeeded { get; set; }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Corpus);
        foreach (var option in new Option[] { Manifest, Out, Quiet, CleanRules, NoClean, SkipStep, Strict, ExplainCleaning, Jobs, TimeBudget })
            command.Options.Add(option);
    }

    /// <summary>Adds <see cref="Shard"/> (ingest, count, analyze: the commands whose outputs merge exactly).</summary>
    public void AddShardTo(Command command)
    {
        command.Options.Add(Shard);
        _sharded = true;
    }

    /// <summary>Adds <c>--table-format</c>, for the commands that write the count tables (count, compare, analyze).</summary>
    public void AddTableFormatTo(Command command)
    {
        command.Options.Add(TableFormat);
        _writesTables = true;
    }

    /// <summary>Adds <c>--word-frequencies</c>, for the commands that count (count, compare, analyze).</summary>
    public void AddWordFrequenciesTo(Command command)
    {
        command.Options.Add(WordFrequencies);
        _writesWords = true;
    }

    public bool IsQuiet(ParseResult parse) => parse.GetValue(Quiet);

    /// <summary>The format of the large tables: <c>--table-format</c>, or CSV for a command without it.</summary>
    public Core.Results.TableFormat TableFormatOf(ParseResult parse) =>
        _writesTables && parse.GetValue(TableFormat) == "parquet" ? Core.Results.TableFormat.Parquet : Core.Results.TableFormat.Csv;

    /// <summary>The part of the corpus to read: --shard, else the SLURM array task's, else the whole corpus.</summary>
    public Shard ShardOf(ParseResult parse) => ShardAndSource(parse).Shard;

    /// <summary>The shard and where it came from (for the summary), or the whole corpus and null.</summary>
    public (Shard Shard, string? Source) ShardAndSource(ParseResult parse)
    {
        if (!_sharded) return (Core.Sharding.Shard.Whole, null);
        if (parse.GetValue(Shard) is { } text) return (Core.Sharding.Shard.Parse(text), "--shard");
        return Core.Sharding.Shard.FromSlurm(Environment.GetEnvironmentVariable) is { } slurm
            ? (slurm, $"SLURM array task {Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID")}")
            : (Core.Sharding.Shard.Whole, null);
    }

    private static Option<string> CreateTableFormat()
    {
        var option = new Option<string>("--table-format")
        {
            Description = "Format of the large tables (concept_counts, concept_matches, word_frequencies): csv, or parquet for " +
                          "corpora of many documents (typed columns, compressed, read in seconds by R arrow and pandas; docs/outputs.md). " +
                          "The other tables stay CSV.",
            DefaultValueFactory = _ => "csv",
        };
        option.AcceptOnly("csv", "parquet");
        return option;
    }

    /// <summary>Builds the Core options; bad values are <see cref="ConfigurationException"/>s (exit 2).</summary>
    public AnalysisOptions ToAnalysisOptions(ParseResult parse)
    {
        var steps = new HashSet<string>(CleaningStep.All, StringComparer.Ordinal);
        if (parse.GetValue(NoClean)) steps.Clear();
        foreach (var value in parse.GetValue(SkipStep) ?? [])
        {
            foreach (var step in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!CleaningStep.All.Contains(step))
                    throw new ConfigurationException($"--skip-step: unknown step '{step}' (steps: {string.Join(", ", CleaningStep.All)})");
                steps.Remove(step);
            }
        }

        var rules = BoilerplateRules.Defaults;
        if (parse.GetValue(CleanRules) is { } rulesFile) rules = rules.With(BoilerplateRules.Load(rulesFile));

        var jobs = parse.GetValue(Jobs);
        if (jobs is < 1) throw new ConfigurationException("--jobs must be at least 1");

        var budget = parse.GetValue(TimeBudget);
        if (budget is < 0 or double.NaN or double.PositiveInfinity)
            throw new ConfigurationException("--time-budget must be a number of seconds, 0 or more (0 = no limit)");

        var cleaning = new CleaningOptions(steps, rules, parse.GetValue(ExplainCleaning));
        var ingest = new IngestOptions(parse.GetValue(Corpus)!, parse.GetValue(Manifest), cleaning)
        {
            MaxParallelism = jobs ?? Math.Max(1, Environment.ProcessorCount),
            Shard = ShardOf(parse),
            TimeBudget = budget switch
            {
                null => IngestLimits.DefaultTimeBudget,
                0 => null,
                var seconds => TimeSpan.FromSeconds(seconds.Value),
            },
        };
        return new AnalysisOptions(ingest, parse.GetValue(Out)!)
        {
            Strict = parse.GetValue(Strict),
            TableFormat = TableFormatOf(parse),
            WordFrequencies = WordFrequenciesNeeded || (_writesWords && parse.GetValue(WordFrequencies)),
        };
    }
}
