namespace GovText.Segmentation;

/// <summary>The three jieba cutting modes.</summary>
public enum SegmentationMode
{
    /// <summary><c>jieba.cut(s)</c>: the most probable segmentation (the default).</summary>
    Accurate,

    /// <summary><c>jieba.cut_for_search(s)</c>: accurate words preceded by their dictionary 2- and 3-grams.</summary>
    Search,

    /// <summary><c>jieba.cut(s, cut_all=True)</c>: every dictionary word found, overlapping.</summary>
    Full,
}
