using Lucene.Net.Tartarus.Snowball.Ext;

namespace GovText.Core.Lexicon;

/// <summary>Snowball English ("Porter2") stems for <c>stem: true</c> terms.</summary>
internal static class SnowballEnglish
{
    // The Snowball stemmer keeps per-word state, so each call gets its own; terms are stemmed once, at compile time.
    public static string Stem(string word)
    {
        var stemmer = new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
