namespace GovText.Core.Matching;

/// <summary>
/// One word token as the matcher sees it: the seam between the tokenizer and concept matching.
/// Punctuation and whitespace are not tokens.
/// </summary>
/// <param name="Language"><c>zh</c> (a run of Han text as the segmenter cut it), <c>en</c> (a Latin-script word) or <c>num</c>.</param>
/// <param name="Text">
/// The normalized token: lowercased for Latin script, the segmenter's word for Han. Latin words keep internal
/// hyphens and apostrophes (<c>meta-governance</c>, <c>party's</c>).
/// </param>
/// <param name="Stem">The Snowball English stem of <paramref name="Text"/> (for <c>stem: true</c> terms); for other tokens, the text.</param>
/// <param name="Start">Start offset in the document text, in UTF-16 code units.</param>
/// <param name="End">End offset (exclusive) in the document text, in UTF-16 code units.</param>
public sealed record MatchToken(string Language, string Text, string Stem, int Start, int End);
