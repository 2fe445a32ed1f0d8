namespace GovText.Segmentation;

/// <summary>Receives POS-tagged words from the allocation-free tagging API, in jieba.posseg's order.</summary>
/// <param name="token">The word; only valid during the call.</param>
/// <param name="tag">Its POS flag.</param>
/// <param name="start">UTF-16 offset of the word in the input.</param>
/// <param name="end">UTF-16 offset just past the word (exclusive).</param>
public delegate void TaggedTokenCallback(ReadOnlySpan<char> token, string tag, int start, int end);
