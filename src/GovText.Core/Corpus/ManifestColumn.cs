namespace GovText.Core.Corpus;

/// <summary>A manifest column: its name (without the type suffix) and its declared type.</summary>
/// <param name="Name">The column name as used in documents.csv and in <see cref="ManifestEntry.Metadata"/>.</param>
/// <param name="Type">The declared type (<see cref="ColumnType.Text"/> when none is given).</param>
public sealed record ManifestColumn(string Name, ColumnType Type);
