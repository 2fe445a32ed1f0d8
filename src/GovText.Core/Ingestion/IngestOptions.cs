using GovText.Core.Cleaning;

namespace GovText.Core.Ingestion;

/// <summary>What to ingest and how.</summary>
/// <param name="CorpusDir">The corpus folder.</param>
/// <param name="ManifestFile">The manifest; null means <c>CORPUS/manifest.csv</c> when that exists, else none.</param>
/// <param name="Cleaning">The cleaning steps and rules.</param>
public sealed record IngestOptions(string CorpusDir, string? ManifestFile, CleaningOptions Cleaning)
{
    /// <summary>How many files are read and cleaned at once; output order never depends on it.</summary>
    public int MaxParallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// How long one document may take to read and clean before it is reported as failed and the batch goes on;
    /// null for no limit. Default <see cref="IngestLimits.DefaultTimeBudget"/>.
    /// </summary>
    public TimeSpan? TimeBudget { get; init; } = IngestLimits.DefaultTimeBudget;

    /// <summary>
    /// The part of the corpus to read (<see cref="Sharding.ShardPlan"/>); <see cref="Sharding.Shard.Whole"/> reads every file.
    /// Document ids are given over the whole corpus first, so a document has the same id in a shard as in a whole run.
    /// </summary>
    public Sharding.Shard Shard { get; init; } = Sharding.Shard.Whole;

    /// <summary>The default manifest file name looked for in the corpus folder.</summary>
    public const string DefaultManifestName = "manifest.csv";
}
