using GovText.Core.Counting;
using GovText.Topics.Corpus;
using GovText.Topics.Lda;
using GovText.Core.Text;

namespace GovText.Topics.Clustering;

/// <summary>Builds <see cref="DocumentVectors"/> from words (TF-IDF), topic shares or concept rates.</summary>
public static class TfIdfVectors
{
    /// <summary>
    /// TF-IDF of each document over the pruned vocabulary: tf = the term's count in the document, idf = ln((1 + N) / (1 + df)) + 1
    /// with N documents and df the documents containing the term (the smoothed idf of scikit-learn's TfidfVectorizer),
    /// then each vector scaled to unit length. Chunks and paragraphs of a document are summed first.
    /// </summary>
    public static DocumentVectors Words(ModelCorpus corpus)
    {
        var byDoc = new SortedDictionary<int, SortedDictionary<int, int>>();
        foreach (var unit in corpus.Units)
        {
            if (!byDoc.TryGetValue(unit.Document, out var counts)) byDoc[unit.Document] = counts = [];
            for (var i = 0; i < unit.TermIds.Length; i++)
                counts[unit.TermIds[i]] = counts.GetValueOrDefault(unit.TermIds[i]) + unit.Counts[i];
        }
        var df = new int[corpus.Vocabulary.Count];
        foreach (var counts in byDoc.Values)
            foreach (var t in counts.Keys) df[t]++;
        var n = byDoc.Count;
        var idf = df.Select(d => Math.Log((1.0 + n) / (1.0 + d)) + 1).ToArray();
        var indexes = byDoc.Values.Select(c => c.Keys.ToArray()).ToArray();
        var values = byDoc.Values.Select(c => c.Select(p => p.Value * idf[p.Key]).ToArray()).ToArray();
        DocumentVectors.Normalize(values);
        return new DocumentVectors(corpus.Documents, byDoc.Keys.ToArray(), corpus.Vocabulary, indexes, values);
    }

    /// <summary>Each document's topic shares (as in <c>document_topics.csv</c>), scaled to unit length.</summary>
    public static DocumentVectors Topics(TopicModel model)
    {
        var shares = DocumentShares.Compute(model);
        var labels = Enumerable.Range(0, model.TopicCount)
            .Select(k => $"topic {k + 1}: " + string.Join(' ', model.TopTerms(k, 3).Select(t => model.Corpus.Vocabulary[t])))
            .ToList();
        var indexes = shares.Select(s => Enumerable.Range(0, model.TopicCount).ToArray()).ToArray();
        var values = shares.Select(s => s.Shares.ToArray()).ToArray();
        DocumentVectors.Normalize(values);
        return new DocumentVectors(model.Corpus.Documents, shares.Select(s => s.Document).ToArray(), labels, indexes, values);
    }

    /// <summary>
    /// Each document's concept-rate profile in the model's language: for every concept, its own matches per 10,000 word
    /// tokens of that language (<c>per_10k</c> of <c>concept_counts.csv</c>; own counts, so a parent and its children
    /// are separate dimensions and no match is counted twice), scaled to unit length. Documents of the model's language
    /// (or mixed) with at least one match are vectors; features are the concepts matched anywhere, in ordinal id order.
    /// </summary>
    /// <param name="corpus">The model corpus (its documents and language).</param>
    /// <param name="rows">The rows of <c>concept_counts.csv</c> of the same run.</param>
    public static DocumentVectors Concepts(ModelCorpus corpus, IEnumerable<ConceptCountRow> rows)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < corpus.Documents.Count; d++)
            if (corpus.Documents[d].Language == corpus.Language || corpus.Documents[d].Language == Language.Mixed)
                index[corpus.Documents[d].Id] = d;
        var byDoc = new SortedDictionary<int, Dictionary<string, double>>();
        foreach (var row in rows)
        {
            if (row.Language != corpus.Language || row.Count == 0 || !index.TryGetValue(row.DocId, out var d)) continue;
            if (!byDoc.TryGetValue(d, out var rates)) byDoc[d] = rates = new Dictionary<string, double>(StringComparer.Ordinal);
            rates[row.ConceptId] = row.Per10k;
        }
        var concepts = byDoc.Values.SelectMany(r => r.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var feature = concepts.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var indexes = byDoc.Values.Select(r => r.Keys.Select(c => feature[c]).Order().ToArray()).ToArray();
        var values = byDoc.Values.Select((r, i) => indexes[i].Select(f => r[concepts[f]]).ToArray()).ToArray();
        DocumentVectors.Normalize(values);
        return new DocumentVectors(corpus.Documents, byDoc.Keys.ToArray(), concepts, indexes, values);
    }
}
