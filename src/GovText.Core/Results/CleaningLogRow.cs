namespace GovText.Core.Results;

/// <summary>One row of <c>cleaning_log.csv</c>: one change cleaning made to a document (docs/cleaning.md).</summary>
public sealed record CleaningLogRow
{
    /// <summary>The document id.</summary>
    public required string DocId { get; init; }

    /// <summary>The cleaning step.</summary>
    public required string Step { get; init; }

    /// <summary>The boilerplate rule's id, or empty for other steps.</summary>
    public required string Rule { get; init; }

    /// <summary>The source line (1-based).</summary>
    public required int Line { get; init; }

    /// <summary>The line removed, or the repair made.</summary>
    public required string Text { get; init; }
}
