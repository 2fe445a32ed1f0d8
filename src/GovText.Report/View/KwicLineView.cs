namespace GovText.Report.View;

/// <summary>One concordance line: the sentence of a hit, split around the hit.</summary>
/// <param name="DocId">The document.</param>
/// <param name="Where">Sentence and offsets, e.g. <c>sentence 12, chars 340–344</c>.</param>
/// <param name="Left">Text of the sentence before the hit.</param>
/// <param name="Hit">The matched text.</param>
/// <param name="Right">Text of the sentence after the hit.</param>
/// <param name="Term">The lexicon term that matched.</param>
public sealed record KwicLineView(string DocId, string Where, string Left, string Hit, string Right, string Term);
