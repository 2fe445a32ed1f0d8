using System.CommandLine;
using GovText.Core.Errors;
using GovText.Core.Lexicon;
using GovText.Core.Pipeline;
using GovText.Core.StopWords;
using GovText.Core.Tokens;
using GovText.Segmentation;
using GovText.Topics.Corpus;

namespace GovText.Cli.Commands;

/// <summary>
/// The options <c>topics</c> and <c>clusters</c> share: the unit, the model's language, vocabulary pruning, the seed and
/// the thread count, and the token stage they build from them (the count stage's tokens: same segmenter and lexicon words).
/// </summary>
internal sealed class ModelCommandOptions
{
    public Option<string> Unit { get; } = new("--unit")
    {
        Description = "What the model is fitted on: document or paragraph (long reports). Results are reported per document either way.",
        DefaultValueFactory = _ => "document",
    };

    public Option<string?> Language { get; } = new("--language")
    {
        Description = "The model's language, zh or en (one model per language). Default: the language most documents are in.",
    };

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

    public ModelCommandOptions()
    {
        Unit.AcceptOnlyFromAmong("document", "paragraph");
        Language.AcceptOnlyFromAmong(TokenFilter.Chinese, TokenFilter.English);
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Unit, Language, StopWords, MinDf, MaxDf, Seed, Threads })
            command.Options.Add(option);
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
    public int Run(CliConsole console, PipelineOptions pipeline, LexiconOptions lexicon, ParseResult parse, CancellationToken ct,
        Func<TokenCorpus, string, Action<string>, IReadOnlyList<string>> fit, Action report)
    {
        var quiet = pipeline.IsQuiet(parse);
        var loaded = lexicon.Load(parse, console);
        TokenCollector? collector = null;
        var (code, _) = PipelineRunner.Run(console, pipeline, parse,
            analysis =>
            {
                var workflow = new AnalysisWorkflow(analysis);
                workflow.Pipeline.Add(collector = Collector(parse, loaded, analysis));
                return workflow;
            }, ct,
            after: run => fit(collector!.Build(), run.OutDir, message =>
            {
                if (!quiet) console.Error.WriteLine(message);
            }),
            report: _ => report());
        return code;
    }

    /// <summary>The token stage: the count stage's tokenizer (default jieba plus the lexicon's Chinese terms as user words).</summary>
    public TokenCollector Collector(ParseResult parse, ConceptLexicon lexicon, AnalysisOptions analysis)
    {
        var segmenter = Segmenter.CreateDefault();
        segmenter.AddWords(lexicon.Compile().ChineseWords);
        var tokenizer = new DocumentTokenizer(segmenter, stems: false);
        return new TokenCollector(tokenizer, new TokenFilter(StopWordList.Load(parse.GetValue(StopWords)!)), UnitOf(parse), analysis.Ingest.MaxParallelism);
    }
}
