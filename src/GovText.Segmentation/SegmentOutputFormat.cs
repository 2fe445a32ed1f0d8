namespace GovText.Segmentation;

/// <summary>Output formats of <see cref="SegmentationWriter"/> (and <c>govtext segment</c>).</summary>
public enum SegmentOutputFormat
{
    /// <summary>Each line's jieba tokens joined by <c>" / "</c>.</summary>
    Text,

    /// <summary>One JSON array per line, exactly <c>json.dumps(jieba.lcut(line), ensure_ascii=False)</c>.</summary>
    Json,

    /// <summary>Analysis tokens, one per row: <c>line, start, end, language, token, normalized, stem</c> (tab-separated, with a header).</summary>
    Tsv,
}
