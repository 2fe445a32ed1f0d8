namespace GovText.Core.Corpus;

/// <summary>
/// The type a manifest column may declare with a <c>name:type</c> header (e.g. <c>region:category</c>).
/// A declared type is checked on every row; later stages may use it to treat the column as a group or a measure.
/// </summary>
public enum ColumnType
{
    /// <summary>Free text (the default).</summary>
    Text,

    /// <summary>A number in invariant notation (<c>12</c>, <c>-3.5</c>).</summary>
    Number,

    /// <summary>A date: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A label used to group documents (free text, compared exactly).</summary>
    Category,
}
