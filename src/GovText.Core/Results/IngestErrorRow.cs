namespace GovText.Core.Results;

/// <summary>One row of <c>ingest_errors.csv</c>: a file that could not be read, and why.</summary>
public sealed record IngestErrorRow
{
    /// <summary>The file's path relative to the corpus folder.</summary>
    public required string Path { get; init; }

    /// <summary>What went wrong and what to do.</summary>
    public required string Error { get; init; }
}
