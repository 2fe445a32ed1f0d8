using System.Globalization;
using GovText.Core.Errors;
using GovText.Topics.Corpus;
using GovText.Topics.Lda;
using GovText.Topics.Output;
using GovText.Core.Text;

namespace GovText.Topics.Clustering;

/// <summary>
/// The clusters step after the pipeline has collected tokens: document vectors (words or topics), k-means++ for one K
/// (cluster tables) or several (silhouette per K), each document's nearest documents, and the 2-D map.
/// </summary>
public static class ClusterAnalysis
{
    /// <summary>Runs the step and writes its files into <paramref name="outDir"/>.</summary>
    /// <exception cref="ConfigurationException">Nothing to cluster, or a corpus too small for the K asked.</exception>
    /// <param name="tokens">The collected tokens.</param>
    /// <param name="options">What to fit.</param>
    /// <param name="outDir">The output folder.</param>
    /// <param name="progress">Told before each fit.</param>
    /// <param name="concepts">With <see cref="ClusterFeatures.Concepts"/>: the rows of the run's <c>concept_counts.csv</c>.</param>
    public static ClusterRunResult Run(TokenCorpus tokens, ClusterRunOptions options, string outDir, Action<string>? progress = null,
        IEnumerable<GovText.Core.Counting.ConceptCountRow>? concepts = null)
    {
        if (options.Neighbors < 1) throw ConfigurationException.ForSetting("neighbors", $"the number of nearest neighbours listed must be at least 1 (got {options.Neighbors})");
        if (options.Clusters.Count == 0) throw ConfigurationException.ForSetting("clusters", "give one number of clusters K or a range");
        var corpus = TopicAnalysis.BuildCorpus(tokens, options.Language, options.Vocabulary);
        DocumentVectors vectors;
        if (options.Features == ClusterFeatures.Topics)
        {
            var lda = options.Lda ?? throw ConfigurationException.ForSetting("features", "clustering on topic shares needs a topic model: give its number of topics (topics K)");
            progress?.Invoke($"fitting {lda.Topics} topics for the document vectors");
            vectors = TfIdfVectors.Topics(LdaFitter.Fit(corpus, lda));
        }
        else if (options.Features == ClusterFeatures.Concepts)
        {
            vectors = TfIdfVectors.Concepts(corpus, concepts ?? throw ConfigurationException.ForSetting("features", "clustering on concepts needs the concept counts of the run (concept_counts.csv)"));
            if (vectors.Count == 0)
                throw ConfigurationException.ForSetting("features", $"clustering on concepts: no {corpus.Language} document has a lexicon concept match; nothing to cluster (check the lexicon)");
        }
        else
        {
            vectors = TfIdfVectors.Words(corpus);
        }
        var notes = new List<string>();
        var files = new List<string>();
        var without = corpus.Report.DocumentsInLanguage - vectors.Count;
        if (without > 0)
            notes.Add(options.Features == ClusterFeatures.Concepts
                ? $"{without} of {corpus.Report.DocumentsInLanguage} {corpus.Language} documents have no concept match and are not clustered"
                : $"{without} of {corpus.Report.DocumentsInLanguage} {corpus.Language} documents have no tokens left after pruning and are not clustered");
        if (corpus.Report.DocumentsOtherLanguage > 0)
            notes.Add($"{corpus.Report.DocumentsOtherLanguage} documents in other languages are not clustered with the {corpus.Language} documents ({SettingText.Name("language")} picks the language)");

        files.Add(TopicAnalysis.Write(outDir, TopicCsv.DocumentSimilarity, Similar(vectors, options.Neighbors)));
        var (points, explained) = DocumentMap.Compute(vectors);

        if (options.Clusters.Count > 1)
        {
            var rows = new List<ClusterSelectionRow>();
            foreach (var k in options.Clusters)
            {
                progress?.Invoke($"clustering {vectors.Count} documents into {k}");
                var fit = KMeansFit.Fit(vectors, k, options.Seed, options.Threads);
                var widths = Silhouette.Widths(vectors, fit.Assignments, fit.K);
                rows.Add(new ClusterSelectionRow { K = k, MeanSilhouette = widths.Average(), WithinSs = fit.WithinSumOfSquares });
            }
            files.Add(TopicAnalysis.Write(outDir, TopicCsv.ClusterSelection, rows));
            files.Add(WriteSettings(outDir, corpus, vectors, options, double.NaN, explained));
            return new ClusterRunResult(files, corpus.Report, [], rows, double.NaN, notes) { Features = options.Features, FeatureCount = vectors.Features.Count };
        }

        var kk = options.Clusters[0];
        progress?.Invoke($"clustering {vectors.Count} documents into {kk}");
        var single = KMeansFit.Fit(vectors, kk, options.Seed, options.Threads);
        if (single.K < kk) notes.Add($"k-means left {kk - single.K} of {kk} clusters empty; {single.K} clusters are reported");
        var s = Silhouette.Widths(vectors, single.Assignments, single.K);
        var docRows = Enumerable.Range(0, vectors.Count).Select(i => new DocumentClusterRow
        {
            DocId = vectors.Documents[vectors.DocumentIndexes[i]].Id,
            Cluster = single.Assignments[i] + 1,
            Distance = single.Distances[i],
            Silhouette = s[i],
        }).ToList();
        files.Add(TopicAnalysis.Write(outDir, TopicCsv.DocumentClusters, docRows));

        var termRows = new List<ClusterTermRow>();
        var summary = new List<ClusterSummaryRow>();
        for (var c = 0; c < single.K; c++)
        {
            var top = TopFeatures(single.Centroids[c], vectors.Features, Math.Min(options.TopTerms, vectors.Features.Count));
            for (var r = 0; r < top.Length; r++)
                termRows.Add(new ClusterTermRow { Cluster = c + 1, Rank = r + 1, Term = vectors.Features[top[r]], Weight = single.Centroids[c][top[r]] });
            var members = Enumerable.Range(0, vectors.Count).Where(i => single.Assignments[i] == c).ToList();
            summary.Add(new ClusterSummaryRow
            {
                Cluster = c + 1,
                Size = members.Count,
                Silhouette = members.Average(i => s[i]),
                Label = string.Join(' ', top.Take(5).Select(t => vectors.Features[t])),
            });
        }
        files.Add(TopicAnalysis.Write(outDir, TopicCsv.ClusterTerms, termRows));
        files.Add(TopicAnalysis.Write(outDir, TopicCsv.ClusterSummary, summary));
        var map = Enumerable.Range(0, vectors.Count).Select(i => new DocumentMapRow
        {
            DocId = docRows[i].DocId, Pc1 = points[i].X, Pc2 = points[i].Y, Cluster = docRows[i].Cluster,
        }).ToList();
        files.Add(TopicAnalysis.Write(outDir, TopicCsv.DocumentMap, map));
        var mean = s.Average();
        files.Add(WriteSettings(outDir, corpus, vectors, options, mean, explained));
        return new ClusterRunResult(files, corpus.Report, summary, [], mean, notes)
        {
            Map = map, Explained = explained, Features = options.Features, FeatureCount = vectors.Features.Count,
        };
    }

    // A feature the cluster's documents do not have (weight 0) says nothing about the cluster, so it is not listed.
    private static int[] TopFeatures(double[] centroid, IReadOnlyList<string> names, int n) =>
        Enumerable.Range(0, centroid.Length).Where(f => centroid[f] > 0)
            .OrderByDescending(f => centroid[f]).ThenBy(f => names[f], StringComparer.Ordinal).Take(n).ToArray();

    private static List<DocumentSimilarityRow> Similar(DocumentVectors vectors, int neighbors)
    {
        var rows = new List<DocumentSimilarityRow>();
        for (var i = 0; i < vectors.Count; i++)
        {
            var id = vectors.Documents[vectors.DocumentIndexes[i]].Id;
            var nearest = Enumerable.Range(0, vectors.Count).Where(j => j != i)
                .Select(j => (Id: vectors.Documents[vectors.DocumentIndexes[j]].Id, Sim: vectors.Dot(i, j)))
                .OrderByDescending(p => p.Sim).ThenBy(p => p.Id, StringComparer.Ordinal)
                .Take(neighbors);
            var rank = 0;
            foreach (var (other, sim) in nearest)
                rows.Add(new DocumentSimilarityRow { DocId = id, Rank = ++rank, OtherId = other, Similarity = sim });
        }
        return rows;
    }

    private static string WriteSettings(string outDir, ModelCorpus corpus, DocumentVectors vectors, ClusterRunOptions o, double meanSilhouette, double[] explained)
    {
        var r = corpus.Report;
        static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
        static string D(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
        var rows = new List<(string, string)>
        {
            ("library", "Microsoft.ML 5.0.1 KMeansTrainer (k-means++)"),
            ("features", o.Features switch
            {
                ClusterFeatures.Topics => "topics",
                ClusterFeatures.Concepts => "concepts (own matches per 10,000 tokens, l2)",
                _ => "words (tf-idf, l2)",
            }),
            ("language", corpus.Language.Code),
            ("clusters", string.Join(' ', o.Clusters.Select(k => I(k)))),
            ("seed", I(o.Seed)),
            ("threads", I(o.Threads)),
            ("documents", I(vectors.Count)),
            ("features_count", I(vectors.Features.Count)),
            ("mean_silhouette", D(meanSilhouette)),
            ("map_pc1_variance_share", D(explained[0])),
            ("map_pc2_variance_share", D(explained[1])),
            ("min_df", I(r.MinDf)),
            ("max_df", D(r.MaxDf)),
            ("terms_before", I(r.TermsBefore)),
            ("terms_after", I(r.TermsAfter)),
            ("tokens_before", I(r.TokensBefore)),
            ("tokens_after", I(r.TokensAfter)),
        };
        if (o.Features == ClusterFeatures.Topics && o.Lda is { } lda)
        {
            rows.Add(("topics", I(lda.Topics)));
            rows.Add(("unit", corpus.Unit == ModelUnit.Paragraph ? "paragraph" : "document"));
            rows.Add(("lda_iterations", I(lda.Iterations)));
            rows.Add(("lda_alpha", D(lda.Alpha)));
            rows.Add(("lda_beta", D(lda.Beta)));
        }
        return TopicAnalysis.Write(outDir, TopicCsv.ClusterModel, rows.Select(p => new SettingRow { Setting = p.Item1, Value = p.Item2 }));
    }
}
