using GovText.Core.Errors;
using GovText.Core.Sharding;

namespace GovText.Core.Tests.Sharding;

public class ShardPlanTests
{
    [Fact]
    public void A_file_goes_to_the_shard_its_byte_midpoint_falls_in()
    {
        // Weights (size + 1): 11, 1, 6, 31, 6; total 55; midpoints 5.5, 11.5, 15, 33.5, 52 → ×2/55 = 0.2, 0.42, 0.55, 1.22, 1.89.
        Assert.Equal([1, 1, 1, 2, 2], ShardPlan.Assign([10, 0, 5, 30, 5], 2));
    }

    [Fact]
    public void More_shards_than_files_leaves_shards_empty_and_every_file_in_one()
    {
        // Weights 6, 6; midpoints 3 and 9 of 12 → ×5/12 = 1.25, 3.75 → shards 2 and 4.
        Assert.Equal([2, 4], ShardPlan.Assign([5, 5], 5));
        Assert.Empty(ShardPlan.Assign([], 4));
        Assert.Equal([1, 1, 1], ShardPlan.Assign([7, 0, 3], 1));
    }

    [Fact]
    public void Shards_are_consecutive_and_their_bytes_differ_from_the_mean_by_at_most_one_file()
    {
        var random = new Random(20261129);
        for (var trial = 0; trial < 300; trial++)
        {
            var sizes = Enumerable.Range(0, random.Next(0, 200)).Select(_ => (long)(random.Next(4) == 0 ? random.Next(0, 5_000_000) : random.Next(0, 20_000))).ToArray();
            var count = random.Next(1, 40);
            var plan = ShardPlan.Assign(sizes, count);
            Assert.All(plan, s => Assert.InRange(s, 1, count));
            for (var i = 1; i < plan.Length; i++) Assert.True(plan[i] >= plan[i - 1], "shards are consecutive runs in corpus order");
            if (sizes.Length == 0) continue;
            var weights = sizes.Select(s => s + 1).ToArray();
            var mean = (double)weights.Sum() / count;
            var largest = weights.Max();
            for (var shard = 1; shard <= count; shard++)
            {
                var bytes = weights.Where((_, i) => plan[i] == shard).Sum();
                Assert.True(Math.Abs(bytes - mean) <= largest, $"shard {shard} of {count}: {bytes} bytes, mean {mean}, largest file {largest}");
            }
        }
    }

    [Theory]
    [InlineData("3/16", 3, 16)]
    [InlineData("1/1", 1, 1)]
    [InlineData("16/16", 16, 16)]
    public void Parses_I_of_N(string text, int number, int count) => Assert.Equal(new Shard(number, count), Shard.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("3")]
    [InlineData("a/b")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData(" 1/4")]
    public void Refuses_what_is_not_I_of_N(string text)
    {
        var error = Assert.Throws<ConfigurationException>(() => Shard.Parse(text));
        Assert.Contains($"shard '{text}' is not of the form I/N", error.Message);
        Assert.Equal("shard", error.Setting);
    }

    [Theory]
    [InlineData("0", "0", "4", null, 1, 4)]   // --array=0-3
    [InlineData("3", "0", "4", null, 4, 4)]
    [InlineData("5", "1", "8", "1", 5, 8)]    // --array=1-8
    [InlineData("6", "0", "4", "2", 4, 4)]    // --array=0-6:2
    public void A_SLURM_array_task_is_a_shard(string id, string min, string count, string? step, int number, int shards)
    {
        var env = new Dictionary<string, string?>
        {
            ["SLURM_ARRAY_TASK_ID"] = id, ["SLURM_ARRAY_TASK_MIN"] = min, ["SLURM_ARRAY_TASK_COUNT"] = count, ["SLURM_ARRAY_TASK_STEP"] = step,
        };
        Assert.Equal(new Shard(number, shards), Shard.FromSlurm(k => env.GetValueOrDefault(k)));
    }

    [Fact]
    public void Outside_an_array_job_there_is_no_shard_and_an_irregular_array_is_refused()
    {
        Assert.Null(Shard.FromSlurm(_ => null));
        var irregular = new Dictionary<string, string?> { ["SLURM_ARRAY_TASK_ID"] = "7", ["SLURM_ARRAY_TASK_MIN"] = "1", ["SLURM_ARRAY_TASK_COUNT"] = "3" }; // --array=1,5,7
        var error = Assert.Throws<ConfigurationException>(() => Shard.FromSlurm(k => irregular.GetValueOrDefault(k)));
        Assert.Contains("not a regular range", error.Message);
        Assert.Equal("shard", error.Setting);
    }
}
