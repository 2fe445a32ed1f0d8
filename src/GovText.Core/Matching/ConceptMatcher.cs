using GovText.Core.Tokens;

namespace GovText.Core.Matching;

/// <summary>
/// Finds the concept terms in sentences of tokens: leftmost-longest across all concepts, a token in at most one
/// match, exclusions applied per concept (rules in docs/lexicon.md). Stateless and thread-safe.
/// </summary>
public static class ConceptMatcher
{
    /// <summary>The matches in one sentence, in text order (a term listed under several concepts gives one match per concept, in lexicon order).</summary>
    /// <param name="lexicon">The compiled lexicon.</param>
    /// <param name="sentence">The sentence's word tokens.</param>
    /// <param name="text">The document text the tokens' offsets point into.</param>
    public static List<ConceptMatch> Match(CompiledLexicon lexicon, TokenSentence sentence, string text)
    {
        var matches = new List<ConceptMatch>();
        MatchInto(lexicon, sentence.Index, sentence.Paragraph, sentence.Tokens.Span, text, matches);
        return matches;
    }

    /// <summary>The matches in every sentence of a document, in text order.</summary>
    public static List<ConceptMatch> Match(CompiledLexicon lexicon, IEnumerable<TokenSentence> sentences, string text)
    {
        var matches = new List<ConceptMatch>();
        foreach (var sentence in sentences) MatchInto(lexicon, sentence.Index, sentence.Paragraph, sentence.Tokens.Span, text, matches);
        return matches;
    }

    /// <summary>Adds the matches in one sentence's tokens to <paramref name="matches"/>, in text order.</summary>
    /// <param name="lexicon">The compiled lexicon.</param>
    /// <param name="sentence">0-based sentence index in the document.</param>
    /// <param name="paragraph">0-based paragraph index in the document.</param>
    /// <param name="tokens">The sentence's word tokens.</param>
    /// <param name="text">The document text the tokens' offsets point into.</param>
    /// <param name="matches">Receives the matches.</param>
    internal static void MatchInto(
        CompiledLexicon lexicon, int sentence, int paragraph, ReadOnlySpan<AnalysisToken> tokens, string text, List<ConceptMatch> matches)
    {
        if (tokens.Length == 0) return;
        var scratch = MatchScratch.ForThisThread();
        var view = new SentenceView(tokens, text, lexicon.NeedsStems, scratch);
        var candidates = scratch.Candidates;
        List<(int Concept, int Start, int End)>? exclusions = null;
        var token = 0;
        while (token < view.Count)
        {
            candidates.Clear();
            lexicon.Terms.CandidatesAt(view, token, candidates);
            if (candidates.Count == 0)
            {
                token++;
                continue;
            }
            // Longest first; among equally long, the term listed first in the lexicon.
            if (candidates.Count > 1) candidates.Sort(static (a, b) => a.End != b.End ? b.End.CompareTo(a.End) : a.Term.Ordinal.CompareTo(b.Term.Ordinal));
            var matched = false;
            foreach (var (term, end) in candidates)
            {
                foreach (var (concept, written) in term.Listings)
                {
                    if (lexicon.HasExclusions[concept])
                    {
                        exclusions ??= FindExclusions(lexicon, view, scratch);
                        if (IsExcluded(exclusions, concept, token, end)) continue;
                    }
                    var first = view.Tokens[token];
                    var last = view.Tokens[end - 1];
                    matches.Add(new ConceptMatch(
                        lexicon.Concepts[concept].Id, written, term.Language, sentence, paragraph,
                        first.Start, last.End, text[first.Start..last.End]));
                    matched = true;
                }
                if (matched)
                {
                    token = end;
                    break;
                }
            }
            if (!matched) token++;
        }
    }

    /// <summary>Every occurrence of every exclusion phrase in the sentence (all starts, all lengths), per concept.</summary>
    private static List<(int Concept, int Start, int End)> FindExclusions(CompiledLexicon lexicon, in SentenceView view, MatchScratch scratch)
    {
        var found = scratch.Exclusions;
        found.Clear();
        // Its own list: the caller is iterating over the scratch's candidates.
        var candidates = scratch.ExclusionCandidates;
        for (var token = 0; token < view.Count; token++)
        {
            candidates.Clear();
            lexicon.Exclusions.CandidatesAt(view, token, candidates);
            foreach (var (term, end) in candidates)
                foreach (var (concept, _) in term.Listings)
                    found.Add((concept, token, end));
        }
        return found;
    }

    private static bool IsExcluded(List<(int Concept, int Start, int End)> exclusions, int concept, int start, int end)
    {
        foreach (var e in exclusions)
            if (e.Concept == concept && e.Start <= start && end <= e.End) return true;
        return false;
    }
}
