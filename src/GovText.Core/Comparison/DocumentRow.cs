namespace GovText.Core.Comparison;

/// <summary>
/// One row of <c>documents.csv</c>, kept as column → value so any manifest column (<c>source</c>, <c>region</c>, …)
/// can be grouped or filtered on.
/// </summary>
/// <param name="DocId">The document id (<c>doc_id</c> column).</param>
/// <param name="Values">Every column's value, by column name (ordinal); empty string where the cell is empty.</param>
public sealed record DocumentRow(string DocId, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The trimmed value of <paramref name="column"/>, or an empty string when the column or value is absent.</summary>
    public string Get(string column) => Values.TryGetValue(column, out var v) ? v.Trim() : "";
}
