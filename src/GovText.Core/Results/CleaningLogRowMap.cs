
namespace GovText.Core.Results;

/// <summary>The columns of <c>cleaning_log.csv</c>.</summary>
public sealed class CleaningLogRowMap : TableMap<CleaningLogRow>
{
    /// <summary>Maps every column, in file order.</summary>
    public CleaningLogRowMap()
    {
        Column(nameof(CleaningLogRow.DocId), "doc_id");
        Column(nameof(CleaningLogRow.Step), "step");
        Column(nameof(CleaningLogRow.Rule), "rule");
        Column(nameof(CleaningLogRow.Line), "line");
        Column(nameof(CleaningLogRow.Text), "text");
    }
}
