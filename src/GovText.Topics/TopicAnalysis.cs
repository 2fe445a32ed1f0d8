using System.Globalization;
using GovText.Core.Errors;
using GovText.Core.Output;
using GovText.Topics.Corpus;
using GovText.Topics.Lda;
using GovText.Topics.Output;
using GovText.Topics.Quality;
using GovText.Core.Text;

namespace GovText.Topics;

/// <summary>
/// The topics step after the pipeline has collected tokens: picks the language, prunes the vocabulary, fits LDA for
/// one K (and writes the topic tables) or for several (and writes the model-selection table).
/// </summary>
public static class TopicAnalysis
{
    /// <summary>Runs the step and writes its files into <paramref name="outDir"/>.</summary>
    /// <param name="tokens">The collected tokens.</param>
    /// <param name="options">What to fit.</param>
    /// <param name="outDir">The output folder.</param>
    /// <param name="progress">Told before each fit (e.g. "fitting K=10").</param>
    /// <exception cref="ConfigurationException">Nothing to model, or a corpus too small for the K asked.</exception>
    public static TopicRunResult Run(TokenCorpus tokens, TopicRunOptions options, string outDir, Action<string>? progress = null)
    {
        var corpus = BuildCorpus(tokens, options.Language, options.Vocabulary);
        if (options.Topics.Count == 0) throw ConfigurationException.ForSetting("topics", "give one number of topics K or a range");
        if (options.TopTerms < 1) throw ConfigurationException.ForSetting("top-terms", $"the number of terms listed per topic must be at least 1 (got {options.TopTerms})");
        return options.Topics.Count == 1
            ? Single(tokens, corpus, options, outDir, progress)
            : Selection(tokens, corpus, options, outDir, progress);
    }

    /// <summary>Selects the language (the given one, else the corpus's main language) and prunes the vocabulary.</summary>
    public static ModelCorpus BuildCorpus(TokenCorpus tokens, Language? language, VocabularyOptions vocabulary)
    {
        if (language is { IsWord: false })
            throw ConfigurationException.ForSetting("language", $"'{language}': topic models are fitted on zh or en tokens");
        var lang = language ?? tokens.MainLanguage()
            ?? throw new ConfigurationException($"no document is tagged zh or en ({tokens.Documents.Count} documents read): nothing to model");
        return VocabularyBuilder.Build(tokens, lang, vocabulary);
    }

    private static TopicRunResult Single(TokenCorpus tokens, ModelCorpus corpus, TopicRunOptions options, string outDir, Action<string>? progress)
    {
        var k = options.Topics[0];
        progress?.Invoke($"fitting {k} topics on {corpus.Report.UnitsAfter} {UnitName(corpus)}");
        var model = LdaFitter.Fit(corpus, options.Lda with { Topics = k });
        var quality = TopicQuality.Evaluate(model, TopicRunOptions.QualityTerms);
        var shares = DocumentShares.Compute(model);
        var notes = new List<string>();
        var files = new List<string>();

        var termRows = new List<TopicTermRow>();
        for (var t = 0; t < k; t++)
        {
            var top = model.TopTerms(t, Math.Min(options.TopTerms, corpus.Vocabulary.Count));
            for (var r = 0; r < top.Length; r++)
                termRows.Add(new TopicTermRow { Topic = t + 1, Rank = r + 1, Term = corpus.Vocabulary[top[r]], Weight = model.TermWeights[t][top[r]] });
        }
        files.Add(Write(outDir, TopicCsv.TopicTerms, termRows));

        var docRows = new List<DocumentTopicRow>();
        foreach (var (d, s) in shares)
            for (var t = 0; t < k; t++)
                docRows.Add(new DocumentTopicRow { DocId = corpus.Documents[d].Id, Topic = t + 1, Share = s[t] });
        files.Add(TopicTables.DocumentTopics.WriteIn(outDir, docRows, options.TableFormat));

        var summary = new List<TopicSummaryRow>();
        for (var t = 0; t < k; t++)
        {
            summary.Add(new TopicSummaryRow
            {
                Topic = t + 1,
                Label = string.Join(' ', model.TopTerms(t, 5).Select(i => corpus.Vocabulary[i])),
                Prevalence = shares.Count == 0 ? 0 : shares.Average(s => s.Shares[t]),
                CoherenceUMass = quality.UMass[t],
                CoherenceNpmi = quality.Npmi[t],
                Exclusivity = quality.Exclusivity[t],
            });
        }
        files.Add(Write(outDir, TopicCsv.TopicSummary, summary));

        var inLanguage = corpus.Report.DocumentsInLanguage;
        if (shares.Count < inLanguage)
            notes.Add($"{inLanguage - shares.Count} of {inLanguage} {corpus.Language} documents have no tokens left after pruning and no topic shares");
        if (corpus.Report.DocumentsOtherLanguage > 0)
            notes.Add($"{corpus.Report.DocumentsOtherLanguage} documents in other languages are not in the {corpus.Language} model ({SettingText.Name("language")} picks the model's language)");

        IReadOnlyList<TopicGroupRow> groups = [];
        if (options.By is { } by)
        {
            groups = TopicByGroup.Compute(corpus.Documents, shares, by, out var excluded);
            if (groups.Count == 0)
                throw ConfigurationException.ForSetting("by", $"no document has a value in column '{by}' (use year, language, title or a manifest column)");
            if (excluded.Count > 0) notes.Add($"{SettingText.Name("by")} {by}: {excluded.Count} documents without a value are left out of {TopicCsv.TopicByGroup}");
            files.Add(Write(outDir, TopicCsv.TopicByGroup, groups));
        }

        files.Add(WriteSettings(outDir, tokens, corpus, options.Lda with { Topics = k }, [k]));
        if (options.WriteCorpus) files.Add(WriteCorpus(outDir, corpus));
        return new TopicRunResult(files, corpus.Report, summary, [], notes) { Model = model, DocumentShares = shares, Groups = groups };
    }

    private static TopicRunResult Selection(TokenCorpus tokens, ModelCorpus corpus, TopicRunOptions options, string outDir, Action<string>? progress)
    {
        var rows = new List<TopicSelectionRow>();
        foreach (var k in options.Topics.Distinct().Order())
        {
            progress?.Invoke($"fitting {k} topics on {corpus.Report.UnitsAfter} {UnitName(corpus)}");
            var model = LdaFitter.Fit(corpus, options.Lda with { Topics = k });
            var quality = TopicQuality.Evaluate(model, TopicRunOptions.QualityTerms);
            rows.Add(new TopicSelectionRow
            {
                K = k,
                CoherenceUMass = quality.UMass.Average(),
                CoherenceNpmi = quality.Npmi.Average(),
                Exclusivity = quality.Exclusivity.Average(),
            });
        }
        var files = new List<string> { Write(outDir, TopicCsv.TopicSelection, rows) };
        files.Add(WriteSettings(outDir, tokens, corpus, options.Lda, rows.Select(r => r.K).ToList()));
        if (options.WriteCorpus) files.Add(WriteCorpus(outDir, corpus));
        return new TopicRunResult(files, corpus.Report, [], rows, []);
    }

    /// <summary>
    /// Writes <c>topic_corpus.tsv</c>: the exact bag of words the model saw, one line per unit (chunks of a long unit
    /// joined again): doc_id, paragraph (-1 for a whole document), then the unit's kept terms as
    /// counts <c>term:count</c>, space-separated, terms in ordinal order. For refitting the same tokens elsewhere
    /// (stm, gensim, scikit-learn).
    /// </summary>
    private static string WriteCorpus(string outDir, ModelCorpus corpus)
    {
        var path = Path.Combine(outDir, TopicCsv.TopicCorpus);
        AtomicFile.WriteText(path, writer =>
        {
            writer.Write("doc_id\tparagraph\tterms\n");
            var units = corpus.Units;
            var counts = new SortedDictionary<int, int>();
            for (var u = 0; u < units.Count; u++)
            {
                for (var i = 0; i < units[u].TermIds.Length; i++)
                    counts[units[u].TermIds[i]] = counts.GetValueOrDefault(units[u].TermIds[i]) + units[u].Counts[i];
                var last = u + 1 == units.Count || units[u + 1].Document != units[u].Document || units[u + 1].Paragraph != units[u].Paragraph;
                if (!last) continue;
                writer.Write(corpus.Documents[units[u].Document].Id);
                writer.Write('\t');
                writer.Write(units[u].Paragraph.ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.Write(string.Join(' ', counts.Select(p => corpus.Vocabulary[p.Key] + ":" + p.Value.ToString(CultureInfo.InvariantCulture))));
                writer.Write('\n');
                counts.Clear();
            }
        });
        return path;
    }

    private static string UnitName(ModelCorpus corpus) => corpus.Unit == ModelUnit.Paragraph ? "paragraphs" : "documents";

    internal static string Write<T>(string outDir, string name, IEnumerable<T> rows)
    {
        var path = Path.Combine(outDir, name);
        CsvOutput.WriteRecords(path, rows);
        return path;
    }

    private static string WriteSettings(string outDir, TokenCorpus tokens, ModelCorpus corpus, LdaOptions lda, IReadOnlyList<int> ks)
    {
        var r = corpus.Report;
        static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
        static string D(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var rows = new (string, string)[]
        {
            ("library", "Microsoft.ML 5.0.1 LatentDirichletAllocation (LightLDA)"),
            ("language", corpus.Language.Code),
            ("unit", corpus.Unit == ModelUnit.Paragraph ? "paragraph" : "document"),
            ("topics", string.Join(' ', ks.Select(k => I(k)))),
            ("seed", I(lda.Seed)),
            ("threads", I(lda.Threads)),
            ("iterations", I(lda.Iterations)),
            ("alpha", D(lda.Alpha)),
            ("beta", D(lda.Beta)),
            ("burn_in_iterations", I(lda.BurnInIterations)),
            ("quality_terms", I(TopicRunOptions.QualityTerms)),
            ("stopwords", tokens.DroppedTokens.StopWordList),
            ("tokens_dropped_numbers", I(r.TokensDroppedNumbers)),
            ("tokens_dropped_stopwords", I(r.TokensDroppedStopWords)),
            ("min_df", I(r.MinDf)),
            ("max_df", D(r.MaxDf)),
            ("max_df_units", I(r.MaxDfUnits)),
            ("documents_in_language", I(r.DocumentsInLanguage)),
            ("documents_other_language", I(r.DocumentsOtherLanguage)),
            ("units_before", I(r.UnitsBefore)),
            ("units_after", I(r.UnitsAfter)),
            ("terms_before", I(r.TermsBefore)),
            ("terms_below_min_df", I(r.TermsBelowMinDf)),
            ("terms_above_max_df", I(r.TermsAboveMaxDf)),
            ("terms_after", I(r.TermsAfter)),
            ("tokens_before", I(r.TokensBefore)),
            ("tokens_after", I(r.TokensAfter)),
            ("units_split_into_chunks", I(r.UnitsSplit)),
            ("chunk_tokens", I(VocabularyBuilder.ChunkTokens)),
            ("chunks", I(r.Chunks)),
        };
        return Write(outDir, TopicCsv.TopicModel, rows.Select(p => new SettingRow { Setting = p.Item1, Value = p.Item2 }));
    }
}
