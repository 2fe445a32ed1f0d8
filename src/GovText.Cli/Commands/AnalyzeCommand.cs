using System.CommandLine;
using GovText.Charts;
using GovText.Cli.Config;
using GovText.Core.Errors;
using GovText.Core.Pipeline;
using GovText.Core.StopWords;
using GovText.Report;
using GovText.Topics;
using GovText.Topics.Charts;
using GovText.Topics.Clustering;
using GovText.Topics.Corpus;
using GovText.Topics.Lda;

namespace GovText.Cli.Commands;

/// <summary><c>govtext analyze</c>: the main job, every pipeline stage, on ./corpus by default.</summary>
internal static class AnalyzeCommand
{
    /// <summary>The command's options, for readers of an analyze run's record (merge recomputes its comparisons).</summary>
    internal sealed record Definition(Command Command, PipelineOptions Pipeline, LexiconOptions Lexicon, ComparisonCommandOptions Comparison, Option<bool> NoCharts)
    {
        /// <summary>--topics K, --topic-unit and --clusters K: the optional topic model and clustering.</summary>
        public required ModelOptions Models { get; init; }
    }

    /// <summary>The options of the optional models.</summary>
    internal sealed record ModelOptions(Option<int?> Topics, Option<string> TopicUnit, Option<int?> Clusters);

    public static Command Create(CliConsole console)
    {
        var definition = Define();
        var (command, pipeline, lexicon, shared, noCharts) = definition;
        var m = definition.Models;
        command.SetAction((parse, ct) =>
        {
            var options = shared.Build(parse, drawCharts: !parse.GetValue(noCharts));
            var models = new ModelSteps(console, parse.GetValue(m.Topics), parse.GetValue(m.Clusters),
                parse.GetValue(m.TopicUnit) == "paragraph" ? ModelUnit.Paragraph : ModelUnit.Document,
                parse.GetResult(shared.By) is { Implicit: false } ? parse.GetValue(shared.By) : null,
                StopWordList.Load(parse.GetValue(shared.StopWords)!), !parse.GetValue(noCharts), pipeline.IsQuiet(parse), shared.Chart.Build(parse));
            // analyze writes every output, word frequencies included, so any later compare --from (or merge of its shards)
            // can compute word keyness: --word-frequencies is count's and compare's.
            pipeline.WordFrequenciesNeeded = true;
            // Comparisons, charts and the report are not additive: a shard writes its counts, and merge compares the whole.
            if (!pipeline.ShardOf(parse).IsWhole)
            {
                if (models.Enabled)
                    throw new ConfigurationException("--topics and --clusters need the whole corpus, not a shard: merge the shards, then run govtext topics/clusters --from on the merged results");
                return Task.FromResult(CountCommand.Run(console, pipeline, lexicon, parse, ct));
            }
            var code = CountCommand.Run(console, pipeline, lexicon, parse, ct,
                run => new CorpusStages { Comparison = options, Models = models.Enabled ? new ModelStage(models.Fit) : null, Report = Report(run) },
                extend: models.Enabled ? models.Extend : null);
            models.Report();
            return Task.FromResult(code);
        });
        return command;
    }

    /// <summary>
    /// The report stage of a run into a results folder: report.html in the staging folder, describing the run with
    /// run.json as it stands before the commit (which then lists report.html) and the final folder's name.
    /// </summary>
    public static ReportStage Report(RecordedRun run) =>
        new(() => new ReportOptions { RunRecord = run.Preview(), FolderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(run.OutDir)) });

    /// <summary>The command and its options, without its action.</summary>
    public static Definition Define()
    {
        var pipeline = new PipelineOptions();
        var lexicon = new LexiconOptions();
        var shared = new ComparisonCommandOptions();
        var noCharts = new Option<bool>("--no-charts") { Description = "Write the CSVs only." };
        var topics = new Option<int?>("--topics", "-k")
        {
            Description = "Also fit a topic model with K topics (govtext topics' defaults; tables by --by when given). Off by default: a handful of papers make no topic model.",
        };
        var clusters = new Option<int?>("--clusters")
        {
            Description = "Also cluster the documents into K groups on their TF-IDF word vectors (govtext clusters' defaults). Off by default.",
        };
        var topicUnit = new Option<string>("--topic-unit")
        {
            Description = "What the --topics model is fitted on: document or paragraph (long reports). Shares are reported per document either way.",
            DefaultValueFactory = _ => "document",
        };
        topicUnit.AcceptOnly("document", "paragraph");
        var command = new Command("analyze",
            "Run the whole GovText pipeline on a corpus (default ./corpus) and write every output to --out (default ./results):\n" +
            "ingestion (documents.csv, text/, ingest_errors.csv), concept counts (concept_counts.csv, concept_matches.csv,\n" +
            "word_frequencies.csv), comparisons (concept_by_group.csv, cooccurrence.csv; keyness*.csv with --target), charts/\n" +
            "and report.html, one page with all of it (also: govtext report --from DIR). With --topics K and --clusters K, also\n" +
            "the outputs of govtext topics and clusters (other settings: run those commands with --from on the results folder).\n\n" +
            "Examples:\n  govtext analyze                                  (./corpus -> ./results)\n" +
            "  govtext analyze my-papers --out my-results --by year --target year=2021.. --quiet\n" +
            "  govtext analyze ../shared/corpora/gwr --by year --topics 12 --topic-unit paragraph --clusters 6 --out gwr-results");
        pipeline.AddTo(command);
        pipeline.AddShardTo(command);
        pipeline.AddTableFormatTo(command);
        lexicon.AddTo(command);
        shared.AddTo(command);
        command.Options.Add(noCharts);
        command.Options.Add(topics);
        command.Options.Add(topicUnit);
        command.Options.Add(clusters);
        return new Definition(command, pipeline, lexicon, shared, noCharts) { Models = new ModelOptions(topics, topicUnit, clusters) };
    }

    /// <summary>
    /// The optional topic model and clustering of analyze: one token stage in the same pass, then both fits on the
    /// whole corpus inside the results transaction. A corpus too small for the K asked skips that model with a warning
    /// that gives the numbers; the rest of the analysis is written as usual.
    /// </summary>
    private sealed class ModelSteps(CliConsole console, int? topics, int? clusters, ModelUnit unit, string? by, StopWordList stopWords, bool charts, bool quiet,
        ChartOptions chartOptions)
    {
        private TokenCollector? _collector;
        private TopicRunResult? _topics;
        private ClusterRunResult? _clusters;
        private GovText.Core.Results.TableFormat _format;

        public bool Enabled => topics is not null || clusters is not null;

        public void Extend(AnalysisWorkflow workflow, AnalysisOptions analysis, GovText.Core.Lexicon.ConceptLexicon lexicon)
        {
            if (topics is < 2) throw new ConfigurationException("--topics must be at least 2");
            if (clusters is < 2) throw new ConfigurationException("--clusters must be at least 2");
            _format = analysis.TableFormat;
            workflow.Pipeline.Add(_collector = ModelCommandOptions.Collector(lexicon, stopWords, unit));
        }

        /// <summary>Fits the models asked for into <paramref name="outDir"/> (the models stage); returns the files written.</summary>
        public IReadOnlyList<string> Fit(string outDir)
        {
            var tokens = _collector!.Build();
            var files = new List<string>();
            var chartDir = Path.Combine(outDir, "charts");
            if (topics is { } k)
            {
                var options = new TopicRunOptions([k], new LdaOptions(k), new VocabularyOptions(2, 0.5), null, 30, by) { TableFormat = _format };
                _topics = Skipped($"--topics {k}", () => TopicAnalysis.Run(tokens, options, outDir, Progress));
                if (_topics is not null)
                {
                    files.AddRange(_topics.Files);
                    if (charts) files.AddRange(Drawn(TopicCharts.Draw(_topics, chartOptions, chartDir, by)));
                }
            }
            if (clusters is { } c)
            {
                var options = new ClusterRunOptions([c], ClusterFeatures.Words, new VocabularyOptions(2, 0.5));
                _clusters = Skipped($"--clusters {c}", () => ClusterAnalysis.Run(tokens, options, outDir, Progress));
                if (_clusters is not null)
                {
                    files.AddRange(_clusters.Files);
                    if (charts) files.AddRange(Drawn(ClusterCharts.Draw(_clusters, chartOptions, chartDir)));
                }
            }
            return files;
        }

        /// <summary>The models' summaries after the analysis summary (not with --quiet).</summary>
        public void Report()
        {
            if (quiet) return;
            if (_topics is not null) TopicsCommand.Report(console, _topics);
            if (_clusters is not null) ClustersCommand.Report(console, _clusters);
        }

        private void Progress(string message)
        {
            if (!quiet) console.Error.WriteLine(message);
        }

        private IReadOnlyList<string> Drawn((IReadOnlyList<string> Files, IReadOnlyList<string> Warnings) drawn)
        {
            foreach (var warning in drawn.Warnings) console.Warn(warning);
            return drawn.Files;
        }

        // A model that cannot be fitted on this corpus (too few documents or terms for K) is left out with the reason:
        // the counts and comparisons of the same run stand on their own.
        private T? Skipped<T>(string option, Func<T> fit) where T : class
        {
            try
            {
                return fit();
            }
            catch (ConfigurationException ex)
            {
                // The fitter names its settings in Core's terms; the console spells them as analyze's options (--topic-unit).
                console.Warn($"{option} left out: {ex.Describe(console.Settings.Flag)}");
                return null;
            }
        }
    }
}
