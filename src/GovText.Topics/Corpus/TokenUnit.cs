namespace GovText.Topics.Corpus;

/// <summary>
/// One modelling unit: a whole document or one of its paragraphs, as the term ids of its tokens in text order.
/// </summary>
/// <param name="Document">Index of the document in <see cref="TokenCorpus.Documents"/>.</param>
/// <param name="Paragraph">The paragraph index within the document, or -1 for a whole document.</param>
/// <param name="Terms">Term ids (into the corpus vocabulary) of the unit's kept tokens, in text order.</param>
public sealed record TokenUnit(int Document, int Paragraph, int[] Terms);
