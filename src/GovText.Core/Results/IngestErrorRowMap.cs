using CsvHelper.Configuration;

namespace GovText.Core.Results;

/// <summary>The columns of <c>ingest_errors.csv</c>.</summary>
public sealed class IngestErrorRowMap : ClassMap<IngestErrorRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public IngestErrorRowMap()
    {
        Map(r => r.Path).Name("path").Index(0);
        Map(r => r.Error).Name("error").Index(1);
    }
}
