using GovText.Core.Text;

namespace GovText.Topics.Corpus;

/// <summary>A vocabulary entry: a normalized token of one language.</summary>
/// <param name="Language"><see cref="Language.Chinese"/> or <see cref="Language.English"/>.</param>
/// <param name="Text">The normalized token.</param>
public readonly record struct Term(Language Language, string Text);
