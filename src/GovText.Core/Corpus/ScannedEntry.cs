namespace GovText.Core.Corpus;

/// <summary>
/// Something the corpus scan met that is not simply a file to read: a file or folder that is skipped (with the
/// reason) or cannot be read (with the error). Together with the files read, these account for every entry met.
/// </summary>
/// <param name="Path">Relative path, '/' separators; a folder ends with '/'.</param>
/// <param name="Reason">Why, for a researcher.</param>
/// <param name="IsError">True when it is an input error (exit code 1), false when it is skipped on purpose.</param>
public sealed record ScannedEntry(string Path, string Reason, bool IsError);
