namespace GovText.Topics.Corpus;

/// <summary>A vocabulary entry: a normalized token of one language.</summary>
/// <param name="Language"><c>zh</c> or <c>en</c>.</param>
/// <param name="Text">The normalized token.</param>
public readonly record struct Term(string Language, string Text);
