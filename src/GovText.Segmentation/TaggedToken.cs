namespace GovText.Segmentation;

/// <summary>
/// One <c>pair(word, flag)</c> exactly as <c>jieba.posseg</c> yields it, with the word's position in the
/// input as UTF-16 code-unit offsets (<paramref name="End"/> exclusive).
/// </summary>
/// <param name="Text">The word; always the input between the offsets.</param>
/// <param name="Tag">jieba's flag: a dictionary or user tag, an HMM tag, or <c>x</c>, <c>m</c>, <c>eng</c>.</param>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="End">Offset just past the last code unit.</param>
public readonly record struct TaggedToken(string Text, string Tag, int Start, int End)
{
    /// <summary>jieba's <c>str(pair)</c>: <c>word/flag</c>.</summary>
    public override string ToString() => Text + "/" + Tag;
}
