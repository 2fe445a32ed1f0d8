namespace GovText.Core.Sharding;

/// <summary>What <see cref="ShardMerge.Write"/> wrote.</summary>
/// <param name="Documents">Documents in the merged documents.csv.</param>
/// <param name="Failures">Files listed in the merged ingest_errors.csv.</param>
/// <param name="FilesWritten">The merged files (a folder ends with the directory separator).</param>
/// <param name="Counted">True when the shards counted concepts (count or analyze), so comparisons can follow.</param>
public sealed record MergeResult(int Documents, int Failures, IReadOnlyList<string> FilesWritten, bool Counted);
