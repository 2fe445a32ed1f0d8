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

    /// <summary>Up to this many groups, the concept × group table has a column per group; beyond, a row per group.</summary>
    public int MaxGroupColumns { get; init; } = 12;

    /// <summary>
    /// run.json's text to show when the folder has none yet: analyze writes report.html inside its results transaction,
    /// before run.json (which then lists the report). Ignored when the folder has a run.json.
    /// </summary>
    public string? RunRecord { get; init; }

    /// <summary>
    /// The results folder's name for the title; by default the folder's own name. analyze writes the report from its
    /// staging folder, so it passes the final name.
    /// </summary>
    public string? FolderName { get; init; }

    /// <summary>The font embedded (subset) in the page and used for its text and charts: by default the charts' own.</summary>
    public ReportFont Font { get; init; } = ReportFont.ChartFont;
}
