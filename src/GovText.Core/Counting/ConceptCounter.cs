using GovText.Core.Matching;

namespace GovText.Core.Counting;

/// <summary>
/// Builds one document's <c>concept_counts.csv</c> rows from its matches and token totals. The rows depend on that
/// document alone, so a document's counts never change with the batch it is in.
/// </summary>
public static class ConceptCounter
{
    /// <summary>The languages that get rows, in output order (ordinal).</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "zh"];

    /// <summary>
    /// One row per concept (lexicon order) × language (<c>en</c>, <c>zh</c>) in which the document has word tokens;
    /// zero counts included, a language without tokens gets no row. A concept's count is the number of distinct matched
    /// spans of its own terms and its descendants' terms, so a match counts once at each level of the hierarchy.
    /// </summary>
    /// <param name="docId">The document id.</param>
    /// <param name="matches">All the document's matches (from <see cref="ConceptMatcher"/>).</param>
    /// <param name="tokenTotals">Word tokens per language in the document (<c>zh</c>, <c>en</c>; other keys ignored).</param>
    /// <param name="hanChars">Han characters in the document (<see cref="Lexicon.HanScript.Count"/> over its text).</param>
    /// <param name="lexicon">The compiled lexicon the matches came from.</param>
    public static List<ConceptCountRow> Count(
        string docId, IReadOnlyList<ConceptMatch> matches, IReadOnlyDictionary<string, int> tokenTotals, int hanChars,
        CompiledLexicon lexicon)
    {
        var concepts = lexicon.Concepts;
        var spans = new Dictionary<string, HashSet<(int Sentence, int Start, int End)>[]>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            var perConcept = new HashSet<(int, int, int)>[concepts.Count];
            for (var i = 0; i < perConcept.Length; i++) perConcept[i] = [];
            spans[language] = perConcept;
        }

        foreach (var match in matches)
        {
            if (!spans.TryGetValue(match.Language, out var perConcept)) continue;
            if (!lexicon.TryIndexOf(match.ConceptId, out var concept))
                throw new ArgumentException($"match of concept '{match.ConceptId}', which the lexicon does not define", nameof(matches));
            foreach (var level in lexicon.SelfAndAncestorIndexes(concept))
                perConcept[level].Add((match.Sentence, match.Start, match.End));
        }

        var rows = new List<ConceptCountRow>();
        for (var c = 0; c < concepts.Count; c++)
        {
            foreach (var language in Languages)
            {
                var tokens = tokenTotals.GetValueOrDefault(language);
                if (tokens <= 0) continue;
                var count = spans[language][c].Count;
                var zh = language == "zh";
                rows.Add(new ConceptCountRow
                {
                    DocId = docId,
                    ConceptId = concepts[c].Id,
                    ConceptEn = concepts[c].LabelEn,
                    ConceptZh = concepts[c].LabelZh,
                    Language = language,
                    Count = count,
                    Tokens = tokens,
                    Per10k = Rate(count, tokens),
                    HanChars = zh ? hanChars : null,
                    Per10kHan = zh && hanChars > 0 ? Rate(count, hanChars) : null,
                });
            }
        }
        return rows;
    }

    private static double Rate(int count, int denominator) => count * 10_000.0 / denominator;
}
