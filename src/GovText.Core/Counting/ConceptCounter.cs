using GovText.Core.Matching;
using GovText.Core.Text;

namespace GovText.Core.Counting;

/// <summary>
/// Builds one document's <c>concept_counts.csv</c> rows from its matches and token totals. The rows depend on that
/// document alone, so a document's counts never change with the batch it is in.
/// </summary>
public static class ConceptCounter
{
    /// <summary>The languages that get rows, in output order (ordinal).</summary>
    public static IReadOnlyList<Language> Languages => Language.Words;

    /// <summary>
    /// One row per concept (lexicon order) × language (<c>en</c>, <c>zh</c>) in which the document has counted word
    /// tokens (<see cref="CountedLanguages"/>); zero counts included, a language without tokens gets no row. A
    /// concept's <c>count</c> is the number of distinct spans matched by its own terms; its <c>count_with_children</c>
    /// the number of distinct spans matched by its own or any descendant's terms, so a match counts once at each level.
    /// </summary>
    /// <param name="docId">The document id.</param>
    /// <param name="matches">All the document's matches (from <see cref="ConceptMatcher"/>); matches of set-aside text (language <c>other</c>) are in no row.</param>
    /// <param name="tokenTotals">Word tokens per language in the document (<c>zh</c>, <c>en</c>; other keys ignored).</param>
    /// <param name="hanChars">Han characters in the document (<see cref="Lexicon.HanScript.Count"/> over its text).</param>
    /// <param name="lexicon">The compiled lexicon the matches came from.</param>
    public static List<ConceptCountRow> Count(
        string docId, IReadOnlyList<ConceptMatch> matches, IReadOnlyDictionary<Language, int> tokenTotals, int hanChars,
        CompiledLexicon lexicon)
    {
        var concepts = lexicon.Concepts;
        var own = new Dictionary<Language, HashSet<(int Sentence, int Start, int End)>[]>();
        var rolled = new Dictionary<Language, HashSet<(int Sentence, int Start, int End)>[]>();
        foreach (var language in Languages)
        {
            own[language] = NewSets(concepts.Count);
            rolled[language] = NewSets(concepts.Count);
        }

        foreach (var match in matches)
        {
            if (!own.TryGetValue(match.Language, out var ownSets)) continue;
            if (!lexicon.TryIndexOf(match.ConceptId, out var concept))
                throw new ArgumentException($"match of concept '{match.ConceptId}', which the lexicon does not define", nameof(matches));
            var span = (match.Sentence, match.Start, match.End);
            ownSets[concept].Add(span);
            foreach (var level in lexicon.SelfAndAncestorIndexes(concept)) rolled[match.Language][level].Add(span);
        }

        var rows = new List<ConceptCountRow>();
        for (var c = 0; c < concepts.Count; c++)
        {
            foreach (var language in Languages)
            {
                var tokens = tokenTotals.GetValueOrDefault(language);
                if (tokens <= 0) continue;
                var count = own[language][c].Count;
                var withChildren = rolled[language][c].Count;
                var zh = language == Language.Chinese;
                rows.Add(new ConceptCountRow
                {
                    DocId = docId,
                    ConceptId = concepts[c].Id,
                    ConceptEn = concepts[c].LabelEn,
                    ConceptZh = concepts[c].LabelZh,
                    Language = language,
                    Count = count,
                    CountWithChildren = withChildren,
                    Tokens = tokens,
                    Per10k = Rate(count, tokens),
                    Per10kWithChildren = Rate(withChildren, tokens),
                    HanChars = zh ? hanChars : null,
                    Per10kHan = zh && hanChars > 0 ? Rate(count, hanChars) : null,
                });
            }
        }
        return rows;
    }

    private static HashSet<(int, int, int)>[] NewSets(int n)
    {
        var sets = new HashSet<(int, int, int)>[n];
        for (var i = 0; i < n; i++) sets[i] = [];
        return sets;
    }

    private static double Rate(int count, int denominator) => count * 10_000.0 / denominator;
}
