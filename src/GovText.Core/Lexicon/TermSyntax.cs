using GovText.Core.Text;
namespace GovText.Core.Lexicon;

/// <summary>The syntax of a term, shared by validation and compilation so the two can never disagree.</summary>
internal static class TermSyntax
{
    /// <summary>
    /// The longest term, in characters. Terms are words and phrases; the matcher's index grows with the square of a
    /// term's length, so a 300,000-character "term" would take the machine's memory (docs/lexicon.md).
    /// </summary>
    public const int MaxTermChars = 200;

    /// <summary>Null when the term is well formed, else why it is not.</summary>
    public static string? Check(LexiconTerm term)
    {
        if (string.IsNullOrWhiteSpace(term.Text)) return "the term is empty";
        if (term.Text.Length > MaxTermChars)
            return $"the term is {term.Text.Length} characters long; terms are words or phrases of at most {MaxTermChars} characters";
        if (term.Language == Language.Chinese)
        {
            if (term.Stem) return "stem: true applies to English terms only";
            if (term.Text.Contains('*')) return "globs (*) are not supported in Chinese terms: list each word";
            if (!HanScript.IsAllHan(term.Text))
                return "a Chinese term must consist of Han characters only (no spaces, punctuation or Latin letters)";
            return null;
        }

        if (term.Language != Language.English) return Language.UnknownCode(term.Language.ToString(), Language.Words.Reverse().ToList());
        if (HanScript.Contains(term.Text)) return "an English term contains Han characters: list it under zh";
        var words = TermWords.Split(term.Text);
        if (words.Length == 0) return "the term has no words";
        foreach (var word in words)
        {
            var star = word.IndexOf('*');
            if (star < 0) continue;
            if (word == "*") return "'*' alone is not a word: put it at the end of a word (mobiliz*)";
            if (star != word.Length - 1 || word.Count(c => c == '*') > 1)
                return $"'*' may only end a word ('{word}'): GovText globs are prefix globs";
            if (term.Stem) return "a term cannot be both a glob and stem: true";
        }
        return null;
    }

    /// <summary>
    /// Identity of a term for "the same term under several concepts": language, stem flag and the normalized words,
    /// so <c>meta-governance</c> and <c>Meta governance</c> are the same term.
    /// </summary>
    public static string Key(LexiconTerm term) =>
        term.Language == Language.Chinese
            ? "zh\u0001" + term.Text
            : (term.Stem ? "en-stem\u0001" : "en\u0001") + string.Join(' ', TermWords.Split(term.Text));

    /// <summary>
    /// For each word after the first: true when the term writes punctuation other than spaces and hyphens before it
    /// (<c>co-construction, co-governance</c>), which lets the text have punctuation there too.
    /// </summary>
    public static bool[] PunctuatedGaps(string text)
    {
        // Walks the same word segmentation as TermWords.Split: runs of word characters that are not only apostrophes.
        var gaps = new List<bool>();
        var seenWord = false;
        var punctuated = false;
        var i = 0;
        while (i < text.Length)
        {
            if (TermWords.IsWordChar(text[i]))
            {
                var start = i;
                while (i < text.Length && TermWords.IsWordChar(text[i])) i++;
                if (text.AsSpan(start, i - start).Trim("'\u2019").IsEmpty) continue;
                if (seenWord) gaps.Add(punctuated);
                seenWord = true;
                punctuated = false;
                continue;
            }
            if (!char.IsWhiteSpace(text[i]) && !IsHyphen(text[i])) punctuated = true;
            i++;
        }
        return [.. gaps];
    }

    /// <summary>The characters a hyphen may be written as.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212';
}
