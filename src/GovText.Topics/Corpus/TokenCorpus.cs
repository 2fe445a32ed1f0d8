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
    public string? MainLanguage()
    {
        var tokens = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var unit in Units)
            foreach (var t in unit.Terms)
                tokens[Terms[t].Language] = tokens.GetValueOrDefault(Terms[t].Language) + 1;
        return Documents
            .Where(d => d.Language is TokenFilter.Chinese or TokenFilter.English)
            .GroupBy(d => d.Language)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => tokens.GetValueOrDefault(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
    }
}

/// <summary>Counts of word tokens the filter left out, by reason.</summary>
/// <param name="Numbers">Numbers and tokens containing digits.</param>
/// <param name="StopWords">Stop words.</param>
/// <param name="Kept">Tokens kept.</param>
/// <param name="StopWordList">The stop-word list's description.</param>
public sealed record TokenDrops(long Numbers, long StopWords, long Kept, string StopWordList);
