using GovText.Core.Text;

namespace GovText.Core.Tokens;

/// <summary>
/// A word for counting: a Han word from the jieba cut, a Latin-script word, or a number. The one token type from the
/// tokenizer to matching, counting, concordances, keywords and topic models; punctuation and whitespace are not tokens.
/// </summary>
/// <remarks>
/// A value, not an object: tokens live inline in arrays and lists, so tokenizing a document into a reused buffer (as
/// counting does, <see cref="DocumentTokens"/>) allocates nothing per token. Its strings come from the tokenizer's
/// per-thread caches, so copying a token copies references, never text.
/// </remarks>
/// <param name="Language"><see cref="Language.Chinese"/>, <see cref="Language.English"/> or <see cref="Language.Number"/>; counting relabels set-aside words <see cref="Language.Other"/>.</param>
/// <param name="Surface">The text exactly as in the input.</param>
/// <param name="Normalized">For <c>en</c> and <c>num</c>: NFKC-folded, lowercased (invariant), with ’ written as '; for <c>zh</c> the surface.</param>
/// <param name="Stem">For <c>en</c>: the Snowball English (Porter2) stem of <paramref name="Normalized"/> (unless the tokenizer was made without stems); otherwise <paramref name="Normalized"/>.</param>
/// <param name="Start">UTF-16 offset of the first code unit in the document text (in the input plus the tokenizer's offset).</param>
/// <param name="End">UTF-16 offset just past the token (exclusive).</param>
public readonly record struct AnalysisToken(Language Language, string Surface, string Normalized, string Stem, int Start, int End);
