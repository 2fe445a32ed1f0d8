using GovText.Core.Tokens;
namespace GovText.Core.Matching;

/// <summary>A sentence's word tokens, in text order. Matches never cross sentences, so this is the matcher's unit of work.</summary>
/// <param name="Index">0-based sentence index in the document.</param>
/// <param name="Paragraph">0-based paragraph index in the document.</param>
/// <param name="Tokens">
/// The word tokens of the sentence: a slice of one array holding the whole document's tokens
/// (<see cref="DocumentTokenizer.Tokenize(Documents.Document)"/>), so a sentence costs no list of its own.
/// </param>
public readonly record struct TokenSentence(int Index, int Paragraph, ReadOnlyMemory<AnalysisToken> Tokens);
