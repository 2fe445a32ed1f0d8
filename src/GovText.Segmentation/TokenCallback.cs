namespace GovText.Segmentation;

/// <summary>Receives tokens from the allocation-free cutting API, in jieba's output order.</summary>
/// <param name="token">The token text; only valid during the call.</param>
/// <param name="start">UTF-16 offset of the token in the input.</param>
/// <param name="end">UTF-16 offset just past the token (exclusive).</param>
public delegate void TokenCallback(ReadOnlySpan<char> token, int start, int end);
