namespace GovText.Segmentation;

/// <summary>One <c>(word, weight)</c> of <c>jieba.analyse</c>'s <c>withWeight=True</c> results.</summary>
/// <param name="Word">The keyword.</param>
/// <param name="Weight">Its TF-IDF or TextRank weight, exactly the double jieba computes.</param>
public readonly record struct WeightedWord(string Word, double Weight);
