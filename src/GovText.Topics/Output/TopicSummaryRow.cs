using CsvHelper.Configuration.Attributes;

namespace GovText.Topics.Output;

/// <summary>One row of <c>topic_summary.csv</c>: a topic's label, prevalence and quality measures.</summary>
public sealed record TopicSummaryRow
{
    /// <summary>Topic number, from 1.</summary>
    [Name("topic"), Index(0)] public required int Topic { get; init; }

    /// <summary>The topic's five heaviest terms, space-separated.</summary>
    [Name("label"), Index(1)] public required string Label { get; init; }

    /// <summary>Mean share over the documents that have shares.</summary>
    [Name("prevalence"), Index(2), Format(TopicCsv.NumberFormat)] public required double Prevalence { get; init; }

    /// <summary>UMass coherence of the top terms (mean over pairs; closer to 0 is better).</summary>
    [Name("coherence_umass"), Index(3), Format(TopicCsv.NumberFormat)] public required double CoherenceUMass { get; init; }

    /// <summary>NPMI coherence of the top terms (mean over pairs; −1..1, higher is better).</summary>
    [Name("coherence_npmi"), Index(4), Format(TopicCsv.NumberFormat)] public required double CoherenceNpmi { get; init; }

    /// <summary>FREX exclusivity of the top terms (0..M, higher is more exclusive).</summary>
    [Name("exclusivity"), Index(5), Format(TopicCsv.NumberFormat)] public required double Exclusivity { get; init; }
}
