using GovText.Core.Text;
namespace GovText.Core.Lexicon;

/// <summary>One term of a concept (or one exclusion phrase), as written in the lexicon file.</summary>
/// <param name="Text">The term as written: a Chinese word or phrase, or English words with optional <c>*</c> prefix globs.</param>
/// <param name="Language"><see cref="Language.Chinese"/> or <see cref="Language.English"/>.</param>
/// <param name="Stem">True when the English words are compared by their Snowball stems instead of their text.</param>
/// <param name="Line">1-based line of the term in the lexicon file (0 for terms built in code).</param>
public sealed record LexiconTerm(string Text, Language Language, bool Stem, int Line);
