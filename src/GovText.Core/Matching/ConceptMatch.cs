using GovText.Core.Text;
namespace GovText.Core.Matching;

/// <summary>One match of a lexicon term in a document.</summary>
/// <param name="ConceptId">The concept that lists the term (not its parents: counts roll up later).</param>
/// <param name="Term">The term as written under that concept in the lexicon.</param>
/// <param name="Language"><see cref="Language.Chinese"/> or <see cref="Language.English"/>: the term's language (<see cref="Language.Other"/> once counting sets its text aside).</param>
/// <param name="Sentence">0-based sentence index.</param>
/// <param name="Paragraph">0-based paragraph index.</param>
/// <param name="Start">Start offset in the document text, UTF-16 code units.</param>
/// <param name="End">End offset (exclusive), UTF-16 code units.</param>
/// <param name="MatchedText">The document text between <paramref name="Start"/> and <paramref name="End"/>.</param>
public sealed record ConceptMatch(
    string ConceptId, string Term, Language Language, int Sentence, int Paragraph, int Start, int End, string MatchedText);
