using System.Globalization;
using CsvHelper.Configuration;
using GovText.Core.Results;

namespace GovText.Topics.Output;

/// <summary>
/// The topic outputs that grow with the corpus (one row per document × topic), defined as <see cref="ResultTable{TRow}"/>s
/// so they can be written as Parquet like the count tables (<c>--table-format parquet</c>) and read back in either format.
/// </summary>
public static class TopicTables
{
    /// <summary><c>document_topics.csv</c> or <c>.parquet</c>: columns from <see cref="DocumentTopicRow"/>'s attributes.</summary>
    public static readonly ResultTable<DocumentTopicRow> DocumentTopics = new(TopicCsv.DocumentTopics, AttributeMap<DocumentTopicRow>(), parquet: true);

    private static ClassMap<T> AttributeMap<T>()
    {
        var map = new DefaultClassMap<T>();
        map.AutoMap(CultureInfo.InvariantCulture);
        return map;
    }
}
