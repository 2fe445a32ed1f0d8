using GovText.Core.Text;

namespace GovText.Core.Collocations;

/// <summary>One row of collocations.csv.</summary>
/// <param name="Group">The --by group, or null for the whole corpus.</param>
/// <param name="Collocation">The words, separated by one space.</param>
/// <param name="Size">Number of words.</param>
/// <param name="Count">Occurrences (within sentences, never across punctuation or stop words).</param>
/// <param name="Lambda">quanteda's λ: the log odds-ratio contrast of the 2^size match table, counts smoothed by 0.5.</param>
/// <param name="Z">λ divided by its asymptotic standard error.</param>
/// <param name="Mi">Pointwise mutual information, log2(O ÷ E) under independence of the positions.</param>
/// <param name="T">t-score, (O − E) ÷ √O.</param>
/// <param name="G2">Log-likelihood G², 2 Σ O ln(O ÷ E) over the 2^size table under independence.</param>
/// <param name="Language"><see cref="Language.Chinese"/>, <see cref="Language.English"/> or <see cref="Language.Mixed"/>.</param>
public sealed record CollocationRow(string? Group, string Collocation, int Size, long Count, double Lambda, double Z,
    double Mi, double T, double G2, Language Language);
