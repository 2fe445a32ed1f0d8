namespace GovText.Core.Keywords;

/// <summary>What <see cref="KeywordStage"/> extracts.</summary>
/// <param name="Method">TF-IDF or TextRank.</param>
/// <param name="Top">Keywords kept per document or group (at least 1).</param>
/// <param name="Pos">jieba.posseg flags to keep (jieba's allowPOS); empty for none with TF-IDF, null for TextRank's default (ns, n, vn, v).</param>
/// <param name="By">A documents.csv column to pool documents by (year, language, title or a manifest column); null for one list per document.</param>
/// <param name="Idf">IDF source for TF-IDF.</param>
public sealed record KeywordOptions(KeywordMethod Method, int Top, IReadOnlyList<string>? Pos, string? By, IdfSource Idf);
