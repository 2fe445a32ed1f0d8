namespace GovText.Segmentation;

/// <summary>
/// One token exactly as jieba yields it, with its position in the input as UTF-16 code-unit offsets
/// (<paramref name="End"/> exclusive).
/// </summary>
/// <param name="Text">The token text. Equal to the input between the offsets, except for the rare
/// full-mode English run that jieba glues together across an overlapping word.</param>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="End">Offset just past the last code unit.</param>
public readonly record struct Token(string Text, int Start, int End);
