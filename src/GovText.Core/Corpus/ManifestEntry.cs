using GovText.Core.Text;

namespace GovText.Core.Corpus;

/// <summary>One row of a corpus manifest.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Path">The file's path relative to the corpus folder, with <c>/</c> separators.</param>
/// <param name="Title">The title, or null when the cell is empty.</param>
/// <param name="Year">The year, or null when the cell is empty.</param>
/// <param name="Language">zh, en, mixed or other, or null when the cell is empty.</param>
/// <param name="Metadata">The extra columns (name without type suffix → cell), in manifest column order.</param>
/// <param name="Line">The 1-based line of the row in the manifest file.</param>
public sealed record ManifestEntry(string Id, string Path, string? Title, int? Year, Language? Language, IReadOnlyDictionary<string, string> Metadata, int Line);
