namespace GovText.Core.Comparison;

/// <summary>
/// How keyness charts decide which items are significant (<c>--keyness-correction</c>): a word keyness table tests
/// thousands of word types, so raw p &lt; 0.05 would select hundreds by chance alone. Methods: docs/methods.md.
/// </summary>
public enum KeynessCorrection
{
    /// <summary>Bonferroni (the <c>p_bonferroni</c> column) below 0.05: controls the family-wise error rate. The default.</summary>
    Bonferroni,

    /// <summary>Benjamini–Hochberg adjusted p (q) below 0.05: controls the false discovery rate; selects more items than Bonferroni.</summary>
    BenjaminiHochberg,

    /// <summary>Raw p below 0.05, no correction for the number of tests.</summary>
    None,
}
