using System.CommandLine;
using GovText.Core.Errors;
using GovText.Cli.Config;
using GovText.Core.Lexicon;
using GovText.Core.Output;
using GovText.Core.Results;
using GovText.Core.Pipeline;
using GovText.Core.StopWords;
using GovText.Core.Tokens;
using GovText.Segmentation;
using GovText.Topics.Corpus;
using Spectre.Console;

namespace GovText.Cli.Commands;

/// <summary>
/// The options <c>topics</c> and <c>clusters</c> share: the unit, the model's language, vocabulary pruning, the seed and
/// the thread count, and the token stage they build from them (the count stage's tokens: same segmenter and lexicon words).
/// </summary>
internal sealed class ModelCommandOptions
{
    /// <summary>Resolution, size and font of the model's charts, as for the other charts.</summary>
    public ChartCommandOptions Chart { get; } = new();

    public Option<string> Unit { get; } = new("--unit")
    {
        Description = "What the model is fitted on: document or paragraph (long reports). Results are reported per document either way.",
        DefaultValueFactory = _ => "document",
    };

    public Option<Core.Text.Language?> Language { get; } = LanguageOption.Create("--language",
        "The model's language, zh or en (one model per language). Default: the language most documents are in.",
        Core.Text.Language.Chinese, Core.Text.Language.English);

    public Option<int> MinDf { get; } = new("--min-df")
    {
        Description = "Drop terms found in fewer units (documents or paragraphs) than this.",
        DefaultValueFactory = _ => 2,
    };

    public Option<double> MaxDf { get; } = new("--max-df")
    {
        Description = "Drop terms found in more than this share of units (0-1).",
        DefaultValueFactory = _ => 0.5,
    };

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = "Random seed; the same input, seed and --threads give byte-identical outputs.",
        DefaultValueFactory = _ => 1,
    };

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Threads of the model fit. Part of the model (results differ between thread counts), so fixed, never taken from the machine.",
        DefaultValueFactory = _ => 1,
    };

    public Option<string> StopWords { get; } = new("--stopwords")
    {
        Description = "Words left out of the model: 'default' (stopwords-iso zh + Snowball English), 'none', or a UTF-8 file with one word a line.",
        DefaultValueFactory = _ => StopWordList.DefaultName,
    };

    public Option<string?> From { get; } = new("--from")
    {
        Description = "Fit on the documents of an earlier run in this results folder (documents.csv and text/) instead of ingesting CORPUS. " +
                      "Outputs go to --out if given, else to this folder (its other files are kept). Same results as the fresh run with the same options.",
    };

    public ModelCommandOptions()
    {
        Unit.AcceptOnly("document", "paragraph");
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { From, Unit, Language, StopWords, MinDf, MaxDf, Seed, Threads })
            command.Options.Add(option);
        Chart.AddTo(command);
    }

    /// <summary>The sampler settings of <c>topics</c> (and of <c>clusters --features topics</c>).</summary>
    internal sealed class LdaSettings
    {
        public Option<int> Iterations { get; } = new("--iterations") { Description = "Gibbs sampling iterations of the topic model.", DefaultValueFactory = _ => 200 };

        public Option<double> Alpha { get; } = new("--alpha") { Description = "Document-topic prior per topic.", DefaultValueFactory = _ => 0.1 };

        public Option<double> Beta { get; } = new("--beta") { Description = "Topic-word prior.", DefaultValueFactory = _ => 0.01 };

        public void AddTo(Command command)
        {
            command.Options.Add(Iterations);
            command.Options.Add(Alpha);
            command.Options.Add(Beta);
        }

        public GovText.Topics.Lda.LdaOptions Build(ParseResult parse, ModelCommandOptions model, int topics) =>
            new(topics, parse.GetValue(model.Seed), model.ThreadsOf(parse), parse.GetValue(Iterations), parse.GetValue(Alpha), parse.GetValue(Beta));
    }

    public ModelUnit UnitOf(ParseResult parse) => parse.GetValue(Unit) == "paragraph" ? ModelUnit.Paragraph : ModelUnit.Document;

    public VocabularyOptions Vocabulary(ParseResult parse) => new(parse.GetValue(MinDf), parse.GetValue(MaxDf));

    public int ThreadsOf(ParseResult parse) =>
        parse.GetValue(Threads) is var t and >= 1 ? t : throw new ConfigurationException("--threads must be at least 1");

    /// <summary>
    /// Ingests the corpus with the token collector as the one document stage, then runs <paramref name="fit"/> on the
    /// collected tokens inside the same results transaction, so its files are committed with the rest or not at all.
    /// </summary>
    /// <param name="console">Where to report.</param>
    /// <param name="pipeline">The shared pipeline options.</param>
    /// <param name="lexicon">The lexicon whose Chinese terms the segmenter keeps whole.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="fit">Gets the tokens, the staging folder and a progress sink (silent with --quiet); returns the files it wrote.</param>
    /// <param name="report">The command's own summary, after the standard one.</param>
    /// <param name="outputs">What the command writes (with --from, the files it replaces in the results folder).</param>
    /// <param name="counts">Also count the lexicon's concepts in the same pass (concept_counts.csv and the other count
    /// tables, for <c>clusters --features concepts</c>); with --from the earlier run's counts are read instead.</param>
    public int Run(CliConsole console, PipelineOptions pipeline, LexiconOptions lexicon, ParseResult parse, CancellationToken ct,
        Func<TokenCorpus, string, Action<string>, IReadOnlyList<string>> fit, Action report, ModelOutputs outputs, bool counts = false)
    {
        var quiet = pipeline.IsQuiet(parse);
        var loaded = lexicon.Load(parse, console);
        Action<string> progress = message =>
        {
            if (!quiet) console.Error.WriteLine(message);
        };
        if (parse.GetValue(From) is { } dir) return RunFrom(console, pipeline, parse, ct, fit, report, outputs, loaded, dir, progress);
        TokenCollector? collector = null;
        var (code, _) = PipelineRunner.Run(console, pipeline, parse,
            (analysis, _) =>
            {
                var model = new ModelStage(outDir => fit(collector!.Build(), outDir, progress));
                var workflow = new AnalysisWorkflow(analysis, counts ? loaded.Compile() : null, new CorpusStages { Models = model });
                workflow.Pipeline.Add(collector = Collector(parse, loaded));
                return workflow;
            }, ct,
            report: _ => report(), lexicon: counts ? loaded : null);
        return code;
    }

    /// <summary>
    /// <c>--from DIR</c>: the documents of an earlier run (documents.csv, text/) go through the same token stage, and the
    /// fit writes into --out (default DIR) replacing only this command's files and charts/ (where the earlier charts
    /// this command does not draw are kept).
    /// </summary>
    private int RunFrom(CliConsole console, PipelineOptions pipeline, ParseResult parse, CancellationToken ct,
        Func<TokenCorpus, string, Action<string>, IReadOnlyList<string>> fit, Action report, ModelOutputs outputs,
        ConceptLexicon lexicon, string dir, Action<string> progress)
    {
        if (parse.GetResult(pipeline.Corpus) is { Implicit: false })
            throw new ConfigurationException($"{parse.CommandResult.Command.Name} takes either a CORPUS folder or --from DIR, not both");
        var outDir = parse.GetResult(pipeline.Out) is { Implicit: false } ? parse.GetValue(pipeline.Out)! : dir;
        if (Path.GetFullPath(outDir) != Path.GetFullPath(dir)) RecordedRun.Recover(parse, dir);
        using var run = RecordedRun.Begin(parse, outDir, ResultsScope.Only([.. outputs.Files, ResultFiles.ChartsFolder + "/"]));
        run.Inputs.File("--from", Path.Combine(dir, ResultFiles.Documents));
        var collector = Collector(parse, lexicon);
        var jobs = Math.Max(1, parse.GetValue(pipeline.Jobs) ?? Environment.ProcessorCount);
        var documents = run.Stage("read and tokenize", () => SavedCorpus.Replay(dir, collector, jobs, ct));
        KeepEarlierCharts(Path.Combine(run.OutDir, ResultFiles.ChartsFolder), Path.Combine(run.StagingDir, ResultFiles.ChartsFolder), outputs.Charts);
        // The same model stage as on a corpus, started from the replayed documents instead of the document pass.
        new CorpusStages { Models = new ModelStage(staging => fit(collector.Build(), staging, progress)) }
            .Run(new CorpusResults(run.StagingDir), new StageView(console.Progress(pipeline.IsQuiet(parse)), run), ct);
        run.Commit(console, pipeline.IsQuiet(parse));
        if (!pipeline.IsQuiet(parse))
        {
            console.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{documents} documents read from {dir}; results in {run.OutDir}"));
            report();
        }
        return ExitCode.Ok;
    }

    // charts/ is replaced as a whole when the run commits: the earlier charts this command does not draw go along.
    private static void KeepEarlierCharts(string earlier, string staging, IReadOnlyCollection<string> ours)
    {
        if (!Directory.Exists(earlier)) return;
        foreach (var file in Directory.EnumerateFiles(earlier).Order(StringComparer.Ordinal))
        {
            if (ours.Contains(Path.GetFileNameWithoutExtension(file))) continue;
            Directory.CreateDirectory(staging);
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
        }
    }

    /// <summary>The files and charts a model command writes: what it replaces in a results folder with --from.</summary>
    /// <param name="Files">Top-level file names.</param>
    /// <param name="Charts">Chart names (without extension).</param>
    internal sealed record ModelOutputs(IReadOnlyList<string> Files, IReadOnlyCollection<string> Charts);

    /// <summary>The token stage: the count stage's tokenizer (default jieba plus the lexicon's Chinese terms as user words).</summary>
    public TokenCollector Collector(ParseResult parse, ConceptLexicon lexicon) =>
        Collector(lexicon, StopWordList.Load(parse.GetValue(StopWords)!), UnitOf(parse));

    /// <summary>The token stage with explicit stop words and unit (analyze, whose --stopwords is the comparisons').</summary>
    public static TokenCollector Collector(ConceptLexicon lexicon, StopWordList stopWords, ModelUnit unit)
    {
        var segmenter = Segmenter.CreateDefault();
        segmenter.AddWords(lexicon.Compile().ChineseWords);
        var tokenizer = new DocumentTokenizer(segmenter, stems: false);
        return new TokenCollector(tokenizer, new TokenFilter(stopWords), unit);
    }
}
