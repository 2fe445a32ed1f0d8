using System.Text.Json.Nodes;

namespace GovText.Core.Sharding;

/// <summary>A results folder written by one shard of a run, with its run.json.</summary>
/// <param name="Path">The folder (absolute).</param>
/// <param name="Shard">Which shard it holds.</param>
/// <param name="Record">Its run.json.</param>
public sealed record ShardFolder(string Path, Shard Shard, JsonObject Record)
{
    /// <summary>The command that wrote it (<c>ingest</c>, <c>count</c> or <c>analyze</c>).</summary>
    public string Command => (string?)Record["command"] ?? "";

    /// <summary>Its resolved options (run.json's <c>options</c>).</summary>
    public JsonObject Options => Record["options"] as JsonObject ?? [];
}
