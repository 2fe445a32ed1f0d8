using GovText.Report.Results;

namespace GovText.Report.Building;

/// <summary>
/// Checks on the results that a reader should know before citing a number: failed files, inferred or missing years,
/// languages with too few documents to compare, a small keyness side, concepts never found.
/// </summary>
internal static class Checks
{
    /// <summary>A language needs this many documents before its rates say something about the corpus rather than one text.</summary>
    public const int SparseLanguageDocuments = 3;

    /// <summary>A keyness side with fewer word tokens than this is a tiny reference (or target) corpus.</summary>
    public const long SmallKeynessSide = 10_000;

    public static IReadOnlyList<string> Run(ResultsFolder results, string? groupColumn)
    {
        var warnings = new List<string>();
        var counts = results.Counts;
        if (results.IngestErrors is { Rows.Count: > 0 } errors)
            warnings.Add($"{Format.Count(errors.Rows.Count, "file", "files")} could not be read and {(errors.Rows.Count == 1 ? "is" : "are")} not counted (see “Files that could not be read”).");
        var inferred = counts.InferredYears;
        if (inferred > 0)
            warnings.Add($"{Format.Count(inferred, "document has its year", "documents have their year")} inferred from dates in the text, not from a manifest: check them in documents.csv.");
        if (groupColumn is not null)
        {
            var ungrouped = counts.Ungrouped;
            if (ungrouped > 0)
                warnings.Add($"{Format.Count(ungrouped, "document has", "documents have")} no {groupColumn} and {(ungrouped == 1 ? "is" : "are")} in no group of the comparison.");
        }
        foreach (var (language, n) in counts.TokenLanguages.Select(l => (l, counts.DocumentsWithText(l))))
            if (n is > 0 and < SparseLanguageDocuments)
                warnings.Add($"Only {Format.Count(n, "document has", "documents have")} {language} text: {language} rates rest on {(n == 1 ? "one text" : "very few texts")} and are not a corpus trend.");
        if (results.Keyness is { } k)
            foreach (var g in k.Rows.GroupBy(r => k.Cell(r, "language")))
            {
                var first = g.First();
                var nt = k.Number(first, "n_target") ?? 0;
                var nr = k.Number(first, "n_ref") ?? 0;
                if (nr < SmallKeynessSide || nt < SmallKeynessSide)
                    warnings.Add($"Keyness in {g.Key}: the {(nr < nt ? "reference" : "target")} has only {Format.Integer(Math.Min(nt, nr))} word tokens (under {Format.Integer(SmallKeynessSide)}); its G² and p values are unstable.");
            }
        var empty = counts.EmptyDocuments;
        if (empty > 0) warnings.Add($"{Format.Count(empty, "document is", "documents are")} empty after cleaning.");
        var never = counts.Concepts.Where(c => !counts.Concept(c.Id).Found).Select(ConceptSection.Label).ToList();
        if (never.Count > 0)
            warnings.Add($"{Format.Count(never.Count, "concept is", "concepts are")} never found: {string.Join(", ", never)}. A zero is a finding only if the lexicon's terms are right for this corpus (check them with govtext kwic --term).");
        return warnings;
    }
}
