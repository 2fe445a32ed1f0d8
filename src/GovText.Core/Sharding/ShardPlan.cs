namespace GovText.Core.Sharding;

/// <summary>
/// Which shard each file of a corpus belongs to. The files, in ordinal order of their relative paths, are cut into
/// <c>N</c> consecutive runs of about equal bytes: a file goes to the shard in whose byte range its midpoint falls,
/// <c>shard = floor(N · (before + w/2) / total)</c>, where <c>w</c> is the file's size plus one (so empty files count
/// too), <c>before</c> the sum of <c>w</c> over the files before it and <c>total</c> the sum over all.
/// </summary>
/// <remarks>
/// The rule depends only on relative paths and sizes, so every shard of a job array computes the same plan, also on
/// different machines. Balancing bytes, not files, keeps a shard of a few long reports from becoming the straggler;
/// a shard's bytes differ from the mean by at most one file. Consecutive runs keep every shard's documents in corpus
/// order, so merging shards is concatenation in shard order and needs one shard open at a time.
/// </remarks>
public static class ShardPlan
{
    /// <summary>The shard number (1-based) of each file; <paramref name="sizes"/> are in corpus (ordinal path) order.</summary>
    public static int[] Assign(IReadOnlyList<long> sizes, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var shards = new int[sizes.Count];
        Int128 total = 0;
        foreach (var size in sizes) total += Math.Max(0, size) + 1;
        Int128 before = 0;
        for (var i = 0; i < sizes.Count; i++)
        {
            Int128 w = Math.Max(0, sizes[i]) + 1;
            // Exact integer arithmetic: floor(N · (2·before + w) / (2·total)), no rounding that could differ between machines.
            var shard = (int)((2 * before + w) * count / (2 * total));
            shards[i] = Math.Min(shard, count - 1) + 1;
            before += w;
        }
        return shards;
    }
}
