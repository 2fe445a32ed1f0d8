using GovText.Core.Tokens;
using System.Text.RegularExpressions;
using GovText.Core.Lexicon;
using GovText.Core.Matching;
using Lucene.Net.Tartarus.Snowball.Ext;
using GovText.Core.Text;

namespace GovText.Core.Tests.Support;

/// <summary>
/// A stand-in for the real tokenizer, good enough for fixtures: paragraphs at blank lines, sentences after . ! ? 。！？,
/// Latin words keeping internal hyphens and apostrophes, Han runs cut by forward maximum matching against a small
/// vocabulary (single characters otherwise). Stems are Snowball English.
/// </summary>
internal static partial class TestTokenizer
{
    public static List<TokenSentence> Tokenize(string text, params string[] chineseWords)
    {
        var vocabulary = new HashSet<string>(chineseWords, StringComparer.Ordinal);
        var maxWord = chineseWords.Length == 0 ? 1 : chineseWords.Max(w => w.Length);
        var sentences = new List<TokenSentence>();
        var paragraph = 0;
        var tokens = new List<AnalysisToken>();
        var i = 0;

        void EndSentence()
        {
            if (tokens.Count > 0) sentences.Add(new TokenSentence(sentences.Count, paragraph, tokens.ToArray()));
            tokens = [];
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                EndSentence();
                paragraph++;
                while (i < text.Length && text[i] == '\n') i++;
                continue;
            }
            var codePoint = char.IsHighSurrogate(c) && i + 1 < text.Length ? char.ConvertToUtf32(text, i) : c;
            if (HanScript.IsHan(codePoint))
            {
                var length = 0;
                for (var n = Math.Min(maxWord, text.Length - i); n > 1; n--)
                    if (vocabulary.Contains(text.Substring(i, n))) { length = n; break; }
                if (length == 0) length = char.IsHighSurrogate(c) ? 2 : 1;
                var word = text.Substring(i, length);
                tokens.Add(new AnalysisToken(Language.Chinese, word, word, word, i, i + length));
                i += length;
                continue;
            }
            var latin = LatinWord().Match(text, i);
            if (latin.Success && latin.Index == i)
            {
                var lower = latin.Value.ToLowerInvariant();
                var language = lower.All(char.IsDigit) ? Language.Number : Language.English;
                tokens.Add(new AnalysisToken(language, latin.Value, lower, language == Language.English ? Stem(lower) : lower, i, i + latin.Length));
                i += latin.Length;
                continue;
            }
            i++;
            if (c is '.' or '!' or '?' && (i == text.Length || char.IsWhiteSpace(text[i])) || c is '。' or '！' or '？') EndSentence();
        }
        EndSentence();
        return sentences;
    }

    public static string Stem(string word)
    {
        var stemmer = new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWord();
}
