
namespace GovText.Core.Results;

/// <summary>The columns of <c>ingest_errors.csv</c>.</summary>
public sealed class IngestErrorRowMap : TableMap<IngestErrorRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public IngestErrorRowMap()
    {
        Column(nameof(IngestErrorRow.Path), "path");
        Column(nameof(IngestErrorRow.Error), "error");
    }
}
