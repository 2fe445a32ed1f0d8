using GovText.Core.Statistics;
using GovText.Core.Text;

namespace GovText.Core.Comparison;

/// <summary>One row of <c>keyness.csv</c> (item = concept id) or <c>keyness_words.csv</c> (item = word type).</summary>
public sealed record KeynessRow
{
    /// <summary>Concept id or word token.</summary>
    public required string Item { get; init; }

    /// <summary>Token language the frequencies and totals are counted in.</summary>
    public required Language Language { get; init; }

    /// <summary>Occurrences in the target.</summary>
    public required long FTarget { get; init; }

    /// <summary>Occurrences in the reference.</summary>
    public required long FReference { get; init; }

    /// <summary>Word tokens in the target.</summary>
    public required long NTarget { get; init; }

    /// <summary>Word tokens in the reference.</summary>
    public required long NReference { get; init; }

    /// <summary>Signed log-likelihood G².</summary>
    public required double G2 { get; init; }

    /// <summary>Pearson's chi-square.</summary>
    public required double Chi2 { get; init; }

    /// <summary>Chi-square with Yates' correction.</summary>
    public required double Chi2Yates { get; init; }

    /// <summary>Hardie's Log Ratio.</summary>
    public required double LogRatio { get; init; }

    /// <summary>Upper-tail probability of |G²|.</summary>
    public required double P { get; init; }

    /// <summary>min(1, p × number of rows of this language in the same file).</summary>
    public required double PBonferroni { get; init; }

    /// <summary>The frequencies, corpus sizes and statistics as one value.</summary>
    public KeynessScore Score => new(FTarget, FReference, NTarget, NReference, G2, Chi2, Chi2Yates, LogRatio, P);

    /// <summary>The row of <paramref name="item"/> scored <paramref name="score"/>.</summary>
    public static KeynessRow Of(string item, Language language, KeynessScore score, double pBonferroni) => new()
    {
        Item = item, Language = language,
        FTarget = score.FTarget, FReference = score.FReference, NTarget = score.NTarget, NReference = score.NReference,
        G2 = score.G2, Chi2 = score.Chi2, Chi2Yates = score.Chi2Yates, LogRatio = score.LogRatio, P = score.P,
        PBonferroni = pBonferroni,
    };
}
