using GovText.Topics.Corpus;
using GovText.Topics.Lda;

namespace GovText.Topics.Clustering;

/// <summary>Builds <see cref="DocumentVectors"/> from words (TF-IDF) or from topic shares.</summary>
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
}
