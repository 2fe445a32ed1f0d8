using CsvHelper.Configuration.Attributes;

namespace GovText.Topics.Output;

/// <summary>One row of <c>topic_terms.csv</c>: one of a topic's top terms.</summary>
public sealed record TopicTermRow
{
    /// <summary>Topic number, from 1.</summary>
    [Name("topic"), Index(0)] public required int Topic { get; init; }

    /// <summary>Rank within the topic, from 1 (heaviest first; ties by term, ordinal).</summary>
    [Name("rank"), Index(1)] public required int Rank { get; init; }

    /// <summary>The term.</summary>
    [Name("term"), Index(2)] public required string Term { get; init; }

    /// <summary>p(term | topic).</summary>
    [Name("weight"), Index(3), Format(TopicCsv.NumberFormat)] public required double Weight { get; init; }
}
