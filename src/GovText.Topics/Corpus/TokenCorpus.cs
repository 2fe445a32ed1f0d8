using GovText.Core.Text;

namespace GovText.Topics.Corpus;

/// <summary>
/// The documents of a run as bags of kept tokens, per unit (document or paragraph), before vocabulary pruning.
/// Holds term ids, not strings, so a large corpus costs four bytes per token.
/// </summary>
/// <param name="Documents">The documents, in pipeline (ordinal path) order.</param>
/// <param name="Units">The units, in document then paragraph order.</param>
/// <param name="Terms">The vocabulary: term id → term.</param>
/// <param name="Unit">What a unit is.</param>
/// <param name="DroppedTokens">Word tokens left out before the vocabulary: numbers, tokens with digits, stop words.</param>
public sealed record TokenCorpus(
    IReadOnlyList<TopicDocument> Documents,
    IReadOnlyList<TokenUnit> Units,
    IReadOnlyList<Term> Terms,
    ModelUnit Unit,
    TokenDrops DroppedTokens)
{
    /// <summary>
    /// The corpus's main language: the language (<c>zh</c> or <c>en</c>) most documents are tagged with, ties going to
    /// the one with more kept tokens, then ordinal; null when no document is tagged zh or en.
    /// </summary>
    public Language? MainLanguage()
    {
        var tokens = new Dictionary<Language, long>();
        foreach (var unit in Units)
            foreach (var t in unit.Terms)
                tokens[Terms[t].Language] = tokens.GetValueOrDefault(Terms[t].Language) + 1;
        return Documents
            .Where(d => d.Language.IsWord)
            .GroupBy(d => d.Language)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => tokens.GetValueOrDefault(g.Key))
            .ThenBy(g => g.Key)
            .Select(g => (Language?)g.Key)
            .FirstOrDefault();
    }
}

/// <summary>
/// The tokens the filter left out, per document and token language, so that a model reports only the drops of its own
/// language and documents (a Chinese model does not count the stop words of an English report as its own).
/// </summary>
/// <param name="StopWordList">The stop-word list's description.</param>
/// <param name="Documents">Per document (in <see cref="TokenCorpus.Documents"/> order) and token language, the non-zero drops.</param>
public sealed record TokenDrops(string StopWordList, IReadOnlyList<DroppedTokens> Documents)
{
    /// <summary>
    /// Tokens dropped from the documents selected by <paramref name="inModel"/>: numbers (tokens of the number class and
    /// <paramref name="language"/> words with digits) and <paramref name="language"/> stop words.
    /// </summary>
    public (long Numbers, long StopWords) For(Language language, Func<int, bool> inModel)
    {
        long numbers = 0, stopWords = 0;
        foreach (var d in Documents)
        {
            if (!inModel(d.Document)) continue;
            if (d.Language == language)
            {
                numbers += d.Numbers;
                stopWords += d.StopWords;
            }
            else if (d.Language == Language.Number)
            {
                numbers += d.Numbers;
            }
        }
        return (numbers, stopWords);
    }
}

/// <summary>What the filter left out of one document in one token language.</summary>
/// <param name="Document">Index into <see cref="TokenCorpus.Documents"/>.</param>
/// <param name="Language">The tokens' language: <c>zh</c>, <c>en</c> or <c>num</c> (numbers).</param>
/// <param name="Numbers">Numbers and words containing digits.</param>
/// <param name="StopWords">Stop words.</param>
public sealed record DroppedTokens(int Document, Language Language, long Numbers, long StopWords);
