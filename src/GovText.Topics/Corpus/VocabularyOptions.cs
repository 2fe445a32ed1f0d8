namespace GovText.Topics.Corpus;

/// <summary>How the vocabulary is pruned by document frequency (counted over units: documents or paragraphs).</summary>
/// <param name="MinDf">Keep terms that occur in at least this many units.</param>
/// <param name="MaxDf">Keep terms that occur in at most this share of units (0 &lt; MaxDf ≤ 1).</param>
public sealed record VocabularyOptions(int MinDf = 2, double MaxDf = 0.5);
