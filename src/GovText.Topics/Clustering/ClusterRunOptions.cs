using GovText.Topics.Corpus;
using GovText.Topics.Lda;
using GovText.Core.Text;

namespace GovText.Topics.Clustering;

/// <summary>What <c>govtext clusters</c> fits and writes.</summary>
/// <param name="Clusters">One K (full outputs) or several (<c>cluster_selection.csv</c>).</param>
/// <param name="Features">Words or topics.</param>
/// <param name="Vocabulary">Pruning.</param>
/// <param name="Seed">k-means++ seed (MLContext seed).</param>
/// <param name="Threads">k-means threads.</param>
/// <param name="Language">The language, or null for the corpus's main language.</param>
/// <param name="Neighbors">Nearest documents per document in <c>document_similarity.csv</c>.</param>
/// <param name="TopTerms">Features per cluster in <c>cluster_terms.csv</c>.</param>
/// <param name="Lda">The topic model fitted first with <see cref="ClusterFeatures.Topics"/>.</param>
public sealed record ClusterRunOptions(
    IReadOnlyList<int> Clusters,
    ClusterFeatures Features,
    VocabularyOptions Vocabulary,
    int Seed = 1,
    int Threads = 1,
    Language? Language = null,
    int Neighbors = 5,
    int TopTerms = 20,
    LdaOptions? Lda = null);
