using GovText.Core.Errors;
using GovText.Topics.Corpus;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace GovText.Topics.Lda;

/// <summary>
/// Fits LDA with ML.NET's LightLDA (<c>LatentDirichletAllocation</c>) on a <see cref="ModelCorpus"/>. The bag of
/// words goes in as sparse count vectors over GovText's own vocabulary (so term ids are ours and ordered by text);
/// the sampler's thread count is fixed by the caller, its random generator is reset per unit when inferring shares,
/// and its console output is kept off GovText's stdout.
/// </summary>
public static class LdaFitter
{
    private const string CountsColumn = "Counts";
    private const string TopicsColumn = "Topics";

    /// <summary>Fits the model.</summary>
    /// <exception cref="ConfigurationException">K or the settings do not fit the corpus (too few units, bad values).</exception>
    public static TopicModel Fit(ModelCorpus corpus, LdaOptions options)
    {
        Check(corpus, options);
        var v = corpus.Vocabulary.Count;
        var order = SeededOrder.Permutation(corpus.Units.Count, options.Seed);
        var rows = order.Select(i => new UnitVector { Counts = ToVector(corpus.Units[i], v) }).ToList();

        var ml = new MLContext(seed: options.Seed);
        var schema = SchemaDefinition.Create(typeof(UnitVector));
        schema[CountsColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, v);
        var data = ml.Data.LoadFromEnumerable(rows, schema);

        var estimator = ml.Transforms.Text.LatentDirichletAllocation(
            TopicsColumn, CountsColumn,
            numberOfTopics: options.Topics,
            alphaSum: (float)(options.Alpha * options.Topics),
            beta: (float)options.Beta,
            samplingStepCount: 4,
            maximumNumberOfIterations: options.Iterations,
            likelihoodInterval: options.Iterations,
            numberOfThreads: options.Threads,
            // ML.NET keeps a unit's terms only while the running total stays below this: one more than the longest chunk.
            maximumTokenCountPerDocument: corpus.MaxUnitTokens + 1,
            numberOfSummaryTermsPerTopic: v,
            numberOfBurninIterations: options.BurnInIterations,
            resetRandomGenerator: true);

        var (weights, permutedShares) = NativeStdout.Silence(() =>
        {
            var transformer = estimator.Fit(data);
            var details = transformer.GetLdaDetails(0);
            var w = new double[options.Topics][];
            for (var k = 0; k < options.Topics; k++)
            {
                w[k] = new double[v];
                foreach (var item in details.ItemScoresPerTopic[k]) w[k][item.Item] += item.Score;
                Normalize(w[k]);
            }
            var shares = ml.Data.CreateEnumerable<UnitTopics>(transformer.Transform(data), reuseRowObject: false)
                .Select(r => Normalized(r.Topics, options.Topics))
                .ToList();
            return (w, shares);
        });

        var unitShares = new double[corpus.Units.Count][];
        for (var i = 0; i < order.Length; i++) unitShares[order[i]] = permutedShares[i];
        return new TopicModel(corpus, options, weights, unitShares);
    }

    private static void Check(ModelCorpus corpus, LdaOptions options)
    {
        if (options.Topics < 2) throw ConfigurationException.ForSetting("topics", $"a topic model needs at least 2 topics (got {options.Topics})");
        if (options.Threads < 1) throw ConfigurationException.ForSetting("threads", $"the model's thread count must be at least 1 (got {options.Threads}; it is part of the model, so it is never taken from the machine)");
        if (options.Iterations < 1) throw ConfigurationException.ForSetting("iterations", $"the number of sampling iterations must be at least 1 (got {options.Iterations})");
        if (!(options.Alpha > 0)) throw ConfigurationException.ForSetting("alpha", "the document-topic prior must be positive");
        if (!(options.Beta > 0)) throw ConfigurationException.ForSetting("beta", "the topic-word prior must be positive");
        var unit = corpus.Unit == ModelUnit.Paragraph ? "paragraphs" : "documents";
        if (corpus.Report.UnitsAfter < 2 * options.Topics)
            throw new ConfigurationException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"too small for {options.Topics} topics: {corpus.Report.UnitsAfter:N0} {unit}, {corpus.Report.TokensAfter:N0} {corpus.Language} tokens " +
                    $"and {corpus.Vocabulary.Count:N0} terms after pruning; a topic model needs at least twice as many {unit} as topics ") +
                $"(use fewer topics, {SettingText.Name("unit", "paragraph")}, or a larger corpus)");
        if (corpus.Vocabulary.Count < options.Topics)
            throw new ConfigurationException(
                $"too small for {options.Topics} topics: only {corpus.Vocabulary.Count} terms left after pruning " +
                $"(min-df {corpus.Report.MinDf}, max-df {corpus.Report.MaxDf.ToString(System.Globalization.CultureInfo.InvariantCulture)}); lower {SettingText.Name("min-df")} or raise {SettingText.Name("max-df")}");
    }

    private static VBuffer<float> ToVector(ModelDocument unit, int size) =>
        new(size, unit.TermIds.Length, unit.Counts.Select(c => (float)c).ToArray(), unit.TermIds.ToArray());

    private static double[] Normalized(float[] values, int k)
    {
        var shares = new double[k];
        for (var i = 0; i < Math.Min(k, values.Length); i++) shares[i] = values[i];
        Normalize(shares);
        return shares;
    }

    private static void Normalize(double[] values)
    {
        var sum = 0.0;
        foreach (var x in values) sum += x;
        if (sum <= 0) return;
        for (var i = 0; i < values.Length; i++) values[i] /= sum;
    }

    private sealed class UnitVector
    {
        public VBuffer<float> Counts { get; set; }
    }

    private sealed class UnitTopics
    {
        public float[] Topics { get; set; } = [];
    }
}
