using GovText.Core.StopWords;

namespace GovText.Core.Collocations;

/// <summary>What <see cref="CollocationStage"/> scores.</summary>
/// <param name="Sizes">Sequence lengths (2, 3 or both).</param>
/// <param name="MinCount">Sequences seen fewer times are not reported (they still count in every other sequence's table, as in quanteda).</param>
/// <param name="By">A documents.csv column to score groups separately by; null for the whole corpus.</param>
/// <param name="StopWords">Words that break sequences like punctuation does (quanteda's tokens_remove(padding = TRUE)).</param>
public sealed record CollocationOptions(IReadOnlyList<int> Sizes, int MinCount, string? By, StopWordList StopWords);
