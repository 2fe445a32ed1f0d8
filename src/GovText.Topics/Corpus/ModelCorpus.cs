using GovText.Core.Text;

namespace GovText.Topics.Corpus;

/// <summary>
/// The corpus a model is fitted on: one language, the pruned vocabulary, and the units that still have tokens.
/// Term ids are dense (0..V-1) and ordered by term text (ordinal), so they never depend on document order.
/// </summary>
/// <param name="Language">The model's language.</param>
/// <param name="Unit">Documents or paragraphs.</param>
/// <param name="Documents">Every document of the run (indexes used by <see cref="ModelDocument"/> refer to this list).</param>
/// <param name="Vocabulary">Term id → term text.</param>
/// <param name="Units">Units with at least one kept token (long ones as consecutive chunks), in document order.</param>
/// <param name="Report">What pruning did, for reports.</param>
public sealed record ModelCorpus(
    Language Language,
    ModelUnit Unit,
    IReadOnlyList<TopicDocument> Documents,
    IReadOnlyList<string> Vocabulary,
    IReadOnlyList<ModelDocument> Units,
    VocabularyReport Report)
{
    /// <summary>Tokens in the longest unit.</summary>
    public int MaxUnitTokens => Units.Count == 0 ? 0 : Units.Max(u => u.Tokens);
}

/// <summary>One unit (or one chunk of a long unit) as a bag of words.</summary>
/// <param name="Document">Index into <see cref="ModelCorpus.Documents"/>.</param>
/// <param name="Paragraph">The paragraph index, or -1 for a whole document.</param>
/// <param name="TermIds">Distinct term ids, ascending.</param>
/// <param name="Counts">Occurrences of each term, parallel to <paramref name="TermIds"/>.</param>
public sealed record ModelDocument(int Document, int Paragraph, int[] TermIds, int[] Counts)
{
    /// <summary>The chunk of a long unit, from 0 (see <see cref="VocabularyBuilder.ChunkTokens"/>).</summary>
    public int Chunk { get; init; }

    /// <summary>Total tokens.</summary>
    public int Tokens { get; } = Counts.Sum();
}

/// <summary>The figures of vocabulary building that a researcher reports with a topic model.</summary>
/// <param name="Language">The model's language.</param>
/// <param name="DocumentsInLanguage">Documents tagged with the language (or mixed) whose tokens were used.</param>
/// <param name="DocumentsOtherLanguage">Documents left out because they are in another language.</param>
/// <param name="UnitsBefore">Units of those documents.</param>
/// <param name="UnitsAfter">Units with at least one token after pruning.</param>
/// <param name="TermsBefore">Distinct terms before pruning.</param>
/// <param name="TermsBelowMinDf">Terms removed by the minimum document frequency.</param>
/// <param name="TermsAboveMaxDf">Terms removed by the maximum document share.</param>
/// <param name="TermsAfter">Terms kept.</param>
/// <param name="TokensBefore">Tokens before pruning.</param>
/// <param name="TokensAfter">Tokens kept.</param>
/// <param name="MinDf">The minimum document frequency applied (units).</param>
/// <param name="MaxDf">The maximum document share applied.</param>
/// <param name="MaxDfUnits">The maximum share as a unit count (terms in more units are removed).</param>
public sealed record VocabularyReport(
    Language Language, int DocumentsInLanguage, int DocumentsOtherLanguage, int UnitsBefore, int UnitsAfter,
    int TermsBefore, int TermsBelowMinDf, int TermsAboveMaxDf, int TermsAfter, long TokensBefore, long TokensAfter,
    int MinDf, double MaxDf, int MaxDfUnits)
{
    /// <summary>Units longer than <see cref="VocabularyBuilder.ChunkTokens"/> tokens, split into chunks for the sampler.</summary>
    public int UnitsSplit { get; init; }

    /// <summary>Pieces the sampler was given (units plus the extra chunks of long units).</summary>
    public int Chunks { get; init; }

    /// <summary>Numbers and words with digits of the model's language left out of the model's documents (before <see cref="TokensBefore"/>).</summary>
    public long TokensDroppedNumbers { get; init; }

    /// <summary>Stop words of the model's language left out of the model's documents (before <see cref="TokensBefore"/>).</summary>
    public long TokensDroppedStopWords { get; init; }
}
