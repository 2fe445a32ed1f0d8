using GovText.Core.Text;

namespace GovText.Topics.Corpus;

/// <summary>What the topic and cluster stages keep of an ingested document: its identity and grouping values, not its text.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Title">The title, if any.</param>
/// <param name="Year">The year, if any.</param>
/// <param name="Language">The document's language tag (<c>zh</c>, <c>en</c>, <c>mixed</c>, <c>other</c>).</param>
/// <param name="Metadata">The manifest's extra columns.</param>
public sealed record TopicDocument(string Id, string? Title, int? Year, Language Language, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>
    /// The document's value for a grouping column: <c>year</c>, <c>language</c>, <c>title</c> or a manifest column;
    /// empty when the document has none.
    /// </summary>
    public string GroupValue(string column) => column switch
    {
        "year" => Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        "language" => Language.Code,
        "title" => Title ?? "",
        "id" or "doc_id" => Id,
        _ => Metadata.TryGetValue(column, out var v) ? v.Trim() : "",
    };
}
