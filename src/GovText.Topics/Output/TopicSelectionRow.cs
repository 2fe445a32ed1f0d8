using CsvHelper.Configuration.Attributes;

namespace GovText.Topics.Output;

/// <summary>One row of <c>topic_model_selection.csv</c>: the quality of a fit with K topics.</summary>
public sealed record TopicSelectionRow
{
    /// <summary>K.</summary>
    [Name("k"), Index(0)] public required int K { get; init; }

    /// <summary>Mean UMass coherence over topics.</summary>
    [Name("coherence_umass"), Index(1), Format(TopicCsv.NumberFormat)] public required double CoherenceUMass { get; init; }

    /// <summary>Mean NPMI coherence over topics.</summary>
    [Name("coherence_npmi"), Index(2), Format(TopicCsv.NumberFormat)] public required double CoherenceNpmi { get; init; }

    /// <summary>Mean FREX exclusivity over topics.</summary>
    [Name("exclusivity"), Index(3), Format(TopicCsv.NumberFormat)] public required double Exclusivity { get; init; }
}
