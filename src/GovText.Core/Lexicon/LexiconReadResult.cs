using GovText.Core.Errors;

namespace GovText.Core.Lexicon;

/// <summary>What reading a lexicon file gave: the lexicon (null when there are errors), every error and every warning.</summary>
/// <param name="Lexicon">The validated lexicon, or null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Problems that make the file unusable, in file order.</param>
/// <param name="Warnings">Problems worth a look that do not stop a run (for example a term under two concepts).</param>
public sealed record LexiconReadResult(
    ConceptLexicon? Lexicon,
    IReadOnlyList<LexiconDiagnostic> Errors,
    IReadOnlyList<LexiconDiagnostic> Warnings)
{
    /// <summary>The lexicon, or a <see cref="ConfigurationException"/> (exit code 2) naming the first error's file and line.</summary>
    public ConceptLexicon GetOrThrow()
    {
        if (Lexicon is not null) return Lexicon;
        var first = Errors[0];
        var more = Errors.Count > 1 ? $" (and {Errors.Count - 1} more; run 'govtext lexicon validate' to list them)" : "";
        throw new ConfigurationException(first.Message + more, first.File, first.Line);
    }
}
