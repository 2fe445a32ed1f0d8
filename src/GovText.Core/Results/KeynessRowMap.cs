using GovText.Core.Comparison;

namespace GovText.Core.Results;

/// <summary>
/// The columns of <c>keyness.csv</c> (item column <c>concept_id</c>) and <c>keyness_words.csv</c> (item column
/// <c>token</c>); the two files differ only in that name (meanings: docs/comparisons.md).
/// </summary>
public sealed class KeynessRowMap : TableMap<KeynessRow>
{
    /// <summary>The map for the file whose item column is <paramref name="itemColumn"/>.</summary>
    public KeynessRowMap(string itemColumn)
    {
        Column(nameof(KeynessRow.Item), itemColumn);
        Column(nameof(KeynessRow.Language), "language");
        Column(nameof(KeynessRow.FTarget), "f_target");
        Column(nameof(KeynessRow.FReference), "f_ref");
        Column(nameof(KeynessRow.NTarget), "n_target");
        Column(nameof(KeynessRow.NReference), "n_ref");
        Column(nameof(KeynessRow.G2), "g2").TypeConverter(new CsvCells.Exact());
        Column(nameof(KeynessRow.Chi2), "chi2").TypeConverter(new CsvCells.Exact());
        Column(nameof(KeynessRow.Chi2Yates), "chi2_yates").TypeConverter(new CsvCells.Exact());
        Column(nameof(KeynessRow.LogRatio), "log_ratio").TypeConverter(new CsvCells.Exact());
        Column(nameof(KeynessRow.P), "p").TypeConverter(new CsvCells.Exact());
        Column(nameof(KeynessRow.PBonferroni), "p_bonferroni").TypeConverter(new CsvCells.Exact());
    }
}
