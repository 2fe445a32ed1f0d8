namespace GovText.Core.Keywords;

/// <summary>How keywords are scored.</summary>
public enum KeywordMethod
{
    /// <summary>jieba.analyse.extract_tags: term frequency × inverse document frequency.</summary>
    TfIdf,

    /// <summary>jieba.analyse.textrank: PageRank over a word co-occurrence graph (window 5).</summary>
    TextRank,
}
