using CsvHelper.Configuration.Attributes;

namespace GovText.Topics.Output;

/// <summary>One row of <c>document_topics.csv</c>: a document's share of one topic.</summary>
public sealed record DocumentTopicRow
{
    /// <summary>Document id.</summary>
    [Name("doc_id"), Index(0)] public required string DocId { get; init; }

    /// <summary>Topic number, from 1.</summary>
    [Name("topic"), Index(1)] public required int Topic { get; init; }

    /// <summary>The topic's share of the document; a document's shares sum to 1.</summary>
    [Name("share"), Index(2), Format(TopicCsv.NumberFormat)] public required double Share { get; init; }
}
