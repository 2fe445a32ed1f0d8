using GovText.Core.Statistics;

namespace GovText.Core.Comparison;

/// <summary>One row of <c>keyness.csv</c> (item = concept id) or <c>keyness_words.csv</c> (item = word type).</summary>
/// <param name="Item">Concept id or word token.</param>
/// <param name="Language">Token language the frequencies and totals are counted in.</param>
/// <param name="Score">Frequencies, corpus sizes and statistics.</param>
/// <param name="PBonferroni">min(1, p × number of rows of this language in the same file).</param>
public sealed record KeynessRow(string Item, string Language, KeynessScore Score, double PBonferroni);
