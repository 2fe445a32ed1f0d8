namespace GovText.Core.Tokens;

/// <summary>A sentence of <see cref="DocumentTokens"/>: its indexes in the document and its range of tokens.</summary>
/// <param name="Index">0-based sentence index in the document.</param>
/// <param name="Paragraph">0-based paragraph index in the document.</param>
/// <param name="First">Index of its first token in <see cref="DocumentTokens.Tokens"/>.</param>
/// <param name="Count">Number of its tokens.</param>
internal readonly record struct SentenceRange(int Index, int Paragraph, int First, int Count);
