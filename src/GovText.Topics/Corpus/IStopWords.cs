namespace GovText.Topics.Corpus;

/// <summary>The stop-word test the token filter needs: whether a normalized token of a language is a stop word.</summary>
public interface IStopWords
{
    /// <summary>True when <paramref name="token"/> (normalized: lowercased Latin, jieba word for Han) is a stop word in <paramref name="language"/>.</summary>
    bool Contains(string language, string token);

    /// <summary>A short description for reports (e.g. the list's source and size).</summary>
    string Description { get; }
}
