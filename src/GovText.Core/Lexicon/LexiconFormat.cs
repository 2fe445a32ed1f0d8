namespace GovText.Core.Lexicon;

/// <summary>The lexicon file formats GovText reads.</summary>
public enum LexiconFormat
{
    /// <summary>GovText's own YAML (a top-level <c>concepts:</c> list).</summary>
    GovText,

    /// <summary>quanteda's YAML dictionary (nested keys with term lists).</summary>
    Quanteda,

    /// <summary>A LIWC <c>.dic</c> file (a <c>%</c> category block, then word lines).</summary>
    Liwc,
}
