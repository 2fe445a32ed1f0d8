using CsvHelper.Configuration.Attributes;

namespace GovText.Topics.Output;

/// <summary>One row of <c>topic_model.csv</c> or <c>cluster_model.csv</c>: a setting or figure of the run.</summary>
public sealed record SettingRow
{
    /// <summary>The setting's name.</summary>
    [Name("setting"), Index(0)] public required string Setting { get; init; }

    /// <summary>Its value, invariant culture.</summary>
    [Name("value"), Index(1)] public required string Value { get; init; }
}
