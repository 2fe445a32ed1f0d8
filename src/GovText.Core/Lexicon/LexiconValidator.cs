using System.Text.RegularExpressions;

namespace GovText.Core.Lexicon;

/// <summary>
/// The checks every lexicon passes whatever its format, so a quanteda or LIWC file is held to the same rules
/// as a GovText one: ids, parents, cycles, empty concepts, term syntax, terms listed twice.
/// </summary>
internal static partial class LexiconValidator
{
    /// <summary>How to report a term listed under several concepts.</summary>
    public enum SharedTerms
    {
        /// <summary>One warning per shared term (GovText and quanteda files: usually an oversight).</summary>
        WarnEach,

        /// <summary>One summary warning (LIWC files list words under several categories by design).</summary>
        Summarize,
    }

    public static void Validate(
        IReadOnlyList<Concept> concepts, string file, bool snakeCaseIds, SharedTerms sharedTerms,
        List<LexiconDiagnostic> errors, List<LexiconDiagnostic> warnings)
    {
        if (concepts.Count == 0)
        {
            errors.Add(new(file, null, "the lexicon defines no concepts"));
            return;
        }

        var byId = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            if (snakeCaseIds && !SnakeCase().IsMatch(concept.Id))
                errors.Add(new(file, concept.Line,
                    $"concept id '{concept.Id}' is not snake_case (lowercase ASCII letters and digits joined by single underscores, starting with a letter)"));
            else if (concept.Id.Length == 0)
                errors.Add(new(file, concept.Line, "concept id is empty"));

            if (!byId.TryAdd(concept.Id, concept))
                errors.Add(new(file, concept.Line, $"duplicate concept id '{concept.Id}' (first defined on line {byId[concept.Id].Line})"));
        }

        var hasChildren = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            if (concept.Parent is null) continue;
            if (!byId.ContainsKey(concept.Parent))
                errors.Add(new(file, concept.Line, $"concept '{concept.Id}' has unknown parent '{concept.Parent}'"));
            else hasChildren.Add(concept.Parent);
        }

        ReportCycles(concepts, byId, file, errors);

        foreach (var concept in concepts)
        {
            if (concept.Terms.Count == 0 && !hasChildren.Contains(concept.Id))
                errors.Add(new(file, concept.Line, $"concept '{concept.Id}' has no terms and no child concepts, so it could never be counted"));
            foreach (var term in concept.Terms) CheckTerm(term, concept, "term", file, errors);
            foreach (var term in concept.Exclude) CheckTerm(term, concept, "exclusion", file, errors);
        }

        ReportSharedTerms(concepts, file, sharedTerms, warnings);
    }

    private static void CheckTerm(LexiconTerm term, Concept concept, string what, string file, List<LexiconDiagnostic> errors)
    {
        var error = TermSyntax.Check(term);
        if (error is not null) errors.Add(new(file, term.Line, $"{what} '{term.Text}' of concept '{concept.Id}': {error}"));
    }

    private static void ReportCycles(IReadOnlyList<Concept> concepts, Dictionary<string, Concept> byId, string file, List<LexiconDiagnostic> errors)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            var path = new List<string> { concept.Id };
            var seen = new HashSet<string>(StringComparer.Ordinal) { concept.Id };
            var current = concept;
            while (current.Parent is not null && byId.TryGetValue(current.Parent, out var parent))
            {
                if (parent.Id == concept.Id)
                {
                    // Report a cycle once, at the member that comes first in the file.
                    if (path.TrueForAll(id => !reported.Contains(id)))
                    {
                        path.Add(concept.Id);
                        errors.Add(new(file, concept.Line, "parent cycle: " + string.Join(" → ", path)));
                    }
                    foreach (var id in path) reported.Add(id);
                    break;
                }
                if (!seen.Add(parent.Id)) break;
                path.Add(parent.Id);
                current = parent;
            }
        }
    }

    private static void ReportSharedTerms(IReadOnlyList<Concept> concepts, string file, SharedTerms mode, List<LexiconDiagnostic> warnings)
    {
        var listings = new Dictionary<string, List<(Concept Concept, LexiconTerm Term)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var concept in concepts)
            foreach (var term in concept.Terms)
            {
                if (TermSyntax.Check(term) is not null) continue;
                var key = TermSyntax.Key(term);
                if (!listings.TryGetValue(key, out var list))
                {
                    listings[key] = list = [];
                    order.Add(key);
                }
                list.Add((concept, term));
            }

        var shared = 0;
        foreach (var key in order)
        {
            var list = listings[key];
            if (list.Count < 2) continue;
            shared++;
            if (mode == SharedTerms.Summarize) continue;
            var (firstConcept, firstTerm) = list[0];
            for (var i = 1; i < list.Count; i++)
            {
                var (concept, term) = list[i];
                var earlier = list.Take(i).FirstOrDefault(l => l.Concept.Id == concept.Id);
                warnings.Add(new(file, term.Line, earlier.Concept is not null
                    ? $"term '{term.Text}' is listed twice under concept '{concept.Id}' (also line {earlier.Term.Line}); it is counted once"
                    : $"term '{term.Text}' is listed under both '{firstConcept.Id}' (line {firstTerm.Line}) and '{concept.Id}'; each match counts for both"));
            }
        }
        if (mode == SharedTerms.Summarize && shared > 0)
            warnings.Add(new(file, null,
                $"{shared} word(s) are listed under several categories; as in LIWC, a match counts for each of them"));
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();
}
