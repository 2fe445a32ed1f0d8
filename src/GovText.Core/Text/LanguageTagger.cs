namespace GovText.Core.Text;

/// <summary>
/// Tags text as <c>zh</c>, <c>en</c>, <c>mixed</c> or <c>other</c> by script share. Han characters and
/// Latin words are put on one scale by counting <see cref="HanCharsPerWord"/> Han characters as one word
/// (a Chinese word is about 1.5 characters), so a Chinese abstract and its English translation weigh about
/// the same. "en" means Latin script: pinyin or French would also be tagged en.
/// </summary>
public static class LanguageTagger
{
    /// <summary>Han characters counted as one word when comparing with Latin words.</summary>
    public const double HanCharsPerWord = 1.5;

    /// <summary>A sentence is zh when at least this share of its words is Chinese, en when at most 1 minus this.</summary>
    public const double SentenceThreshold = 0.8;

    /// <summary>A document is zh when at least this share of its words is Chinese, en when at most 1 minus this.</summary>
    public const double DocumentThreshold = 0.9;

    /// <summary>The tags, in the order documentation lists them.</summary>
    public static readonly IReadOnlyList<Language> Tags = [Language.Chinese, Language.English, Language.Mixed, Language.Other];

    /// <summary>Tags a sentence.</summary>
    public static Language TagSentence(ReadOnlySpan<char> text) => Tag(Script.Count(text));

    /// <summary>Tags a sentence from its script counts (<see cref="Script.Count"/>).</summary>
    internal static Language Tag(ScriptCounts sentence) => Tag(sentence.Han, sentence.LatinWords, SentenceThreshold);

    /// <summary>Tags a document from its whole-text counts.</summary>
    public static Language TagDocument(int hanChars, int latinWords) => Tag(hanChars, latinWords, DocumentThreshold);

    private static Language Tag(int han, int latinWords, double threshold)
    {
        if (han == 0 && latinWords == 0) return Language.Other;
        var zh = han / HanCharsPerWord;
        var share = zh / (zh + latinWords);
        if (share >= threshold) return Language.Chinese;
        if (share <= 1 - threshold) return Language.English;
        return Language.Mixed;
    }
}
