using CsvHelper.Configuration;

namespace GovText.Core.Results;

/// <summary>The columns of <c>cleaning_log.csv</c>.</summary>
public sealed class CleaningLogRowMap : ClassMap<CleaningLogRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public CleaningLogRowMap()
    {
        Map(r => r.DocId).Name("doc_id").Index(0);
        Map(r => r.Step).Name("step").Index(1);
        Map(r => r.Rule).Name("rule").Index(2);
        Map(r => r.Line).Name("line").Index(3);
        Map(r => r.Text).Name("text").Index(4);
    }
}
