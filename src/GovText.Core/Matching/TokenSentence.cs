using GovText.Core.Tokens;
namespace GovText.Core.Matching;

/// <summary>A sentence's word tokens, in text order. Matches never cross sentences, so this is the matcher's unit of work.</summary>
/// <param name="Index">0-based sentence index in the document.</param>
/// <param name="Paragraph">0-based paragraph index in the document.</param>
/// <param name="Tokens">The word tokens of the sentence.</param>
public sealed record TokenSentence(int Index, int Paragraph, IReadOnlyList<AnalysisToken> Tokens);
