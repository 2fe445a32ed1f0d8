namespace GovText.Core.Keywords;

/// <summary>Where TF-IDF's inverse document frequencies come from.</summary>
public enum IdfSource
{
    /// <summary>jieba's idf.txt (median IDF for words it lacks): exactly <c>extract_tags</c>.</summary>
    Jieba,

    /// <summary>The corpus itself: ln(N ÷ df) over its documents (for English, or any language, or a domain-specific IDF).</summary>
    Corpus,
}
