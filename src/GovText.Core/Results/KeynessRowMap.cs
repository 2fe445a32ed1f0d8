using CsvHelper.Configuration;
using GovText.Core.Comparison;

namespace GovText.Core.Results;

/// <summary>
/// The columns of <c>keyness.csv</c> (item column <c>concept_id</c>) and <c>keyness_words.csv</c> (item column
/// <c>token</c>); the two files differ only in that name (meanings: docs/comparisons.md).
/// </summary>
public sealed class KeynessRowMap : ClassMap<KeynessRow>
{
    /// <summary>The map for the file whose item column is <paramref name="itemColumn"/>.</summary>
    public KeynessRowMap(string itemColumn)
    {
        Map(r => r.Item).Name(itemColumn).Index(0);
        Map(r => r.Language).Name("language").Index(1);
        Map(r => r.FTarget).Name("f_target").Index(2);
        Map(r => r.FReference).Name("f_ref").Index(3);
        Map(r => r.NTarget).Name("n_target").Index(4);
        Map(r => r.NReference).Name("n_ref").Index(5);
        Map(r => r.G2).Name("g2").Index(6).TypeConverter<CsvCells.Exact>();
        Map(r => r.Chi2).Name("chi2").Index(7).TypeConverter<CsvCells.Exact>();
        Map(r => r.Chi2Yates).Name("chi2_yates").Index(8).TypeConverter<CsvCells.Exact>();
        Map(r => r.LogRatio).Name("log_ratio").Index(9).TypeConverter<CsvCells.Exact>();
        Map(r => r.P).Name("p").Index(10).TypeConverter<CsvCells.Exact>();
        Map(r => r.PBonferroni).Name("p_bonferroni").Index(11).TypeConverter<CsvCells.Exact>();
    }
}
