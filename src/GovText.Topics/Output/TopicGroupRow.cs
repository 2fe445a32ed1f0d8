using CsvHelper.Configuration.Attributes;

namespace GovText.Topics.Output;

/// <summary>One row of <c>topic_by_group.csv</c>: a topic's mean document share in one group (e.g. a year).</summary>
public sealed record TopicGroupRow
{
    /// <summary>The value of the <c>--by</c> column.</summary>
    [Name("group"), Index(0)] public required string Group { get; init; }

    /// <summary>Topic number, from 1.</summary>
    [Name("topic"), Index(1)] public required int Topic { get; init; }

    /// <summary>Mean share over the group's documents.</summary>
    [Name("mean_share"), Index(2), Format(TopicCsv.NumberFormat)] public required double MeanShare { get; init; }

    /// <summary>Documents in the group that have shares.</summary>
    [Name("docs"), Index(3)] public required int Docs { get; init; }

    /// <summary>Standard error of the mean (sample SD / √docs); empty for a group of one document.</summary>
    [Name("se"), Index(4), Format(TopicCsv.NumberFormat)] public required double? Se { get; init; }
}
