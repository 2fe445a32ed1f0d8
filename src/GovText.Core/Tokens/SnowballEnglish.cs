using Lucene.Net.Tartarus.Snowball.Ext;

namespace GovText.Core.Tokens;

/// <summary>
/// Snowball English ("Porter2") stems: the one stemmer GovText uses, for the tokens of a text and for the
/// <c>stem: true</c> terms of a lexicon alike, so a term and the words it should match are stemmed the same way.
/// </summary>
public static class SnowballEnglish
{
    // Lucene's stemmer keeps per-word state in the instance: one per thread.
    [ThreadStatic] private static EnglishStemmer? _stemmer;

    /// <summary>The stem of <paramref name="word"/> (lowercase input expected).</summary>
    public static string Stem(string word)
    {
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
