namespace GovText.Report;

/// <summary>How much of each table the report shows; the CSVs always hold everything.</summary>
public sealed record ReportOptions
{
    /// <summary>Concordance lines per concept (the first hits in document order).</summary>
    public int KwicLinesPerConcept { get; init; } = 5;

    /// <summary>Rows per language of the keyness tables.</summary>
    public int KeynessRows { get; init; } = 15;

    /// <summary>Rows of the co-occurrence and topic tables.</summary>
    public int TopRows { get; init; } = 15;

    /// <summary>Documents listed in the corpus section.</summary>
    public int MaxDocumentRows { get; init; } = 200;

    /// <summary>Up to this many documents, the concept table has a column per document (when there is no grouping).</summary>
    public int MaxDocumentColumns { get; init; } = 12;

    /// <summary>The chart font to embed (subset) for Chinese text, or null to leave the page to the reader's fonts.</summary>
    public ReportFont? Font { get; init; }
}
