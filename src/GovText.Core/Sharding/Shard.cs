using System.Globalization;
using GovText.Core.Errors;

namespace GovText.Core.Sharding;

/// <summary>
/// One part of a corpus split into <see cref="Count"/> shards: shard <see cref="Number"/> (1-based, as researchers
/// number them: "shard 3 of 16"). Which documents a shard holds is <see cref="ShardPlan"/>'s rule.
/// </summary>
/// <param name="Number">1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many shards the corpus is split into (at least 1).</param>
public sealed record Shard(int Number, int Count)
{
    /// <summary>The whole corpus as one shard.</summary>
    public static readonly Shard Whole = new(1, 1);

    /// <summary>True for <see cref="Whole"/>: nothing is left out.</summary>
    public bool IsWhole => Count == 1;

    /// <summary><c>I/N</c>, the form <see cref="Parse"/> reads.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Count}");

    /// <summary>Reads <c>I/N</c> (1 ≤ I ≤ N).</summary>
    /// <exception cref="ConfigurationException">Not of that form.</exception>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) &&
            count >= 1 && number >= 1 && number <= count)
            return new Shard(number, count);
        throw ConfigurationException.ForSetting("shard",
            $"shard '{text}' is not of the form I/N with 1 ≤ I ≤ N (e.g. 3/16 for the third of 16 shards; 1/1 for the whole corpus)");
    }

    /// <summary>
    /// The shard of a SLURM array task, from <c>SLURM_ARRAY_TASK_ID</c>, <c>SLURM_ARRAY_TASK_MIN</c>,
    /// <c>SLURM_ARRAY_TASK_COUNT</c> and <c>SLURM_ARRAY_TASK_STEP</c> (task MIN is shard 1, MIN+STEP shard 2, …);
    /// null outside an array job.
    /// </summary>
    /// <exception cref="ConfigurationException">The variables are set but do not describe a regular array (e.g. <c>--array=1,5,7</c>).</exception>
    public static Shard? FromSlurm(Func<string, string?> environment)
    {
        var id = environment("SLURM_ARRAY_TASK_ID");
        if (string.IsNullOrEmpty(id)) return null;
        static int? Int(string? s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        var taskId = Int(id);
        var min = Int(environment("SLURM_ARRAY_TASK_MIN"));
        var count = Int(environment("SLURM_ARRAY_TASK_COUNT"));
        var step = Int(environment("SLURM_ARRAY_TASK_STEP")) ?? 1;
        if (taskId is null || min is null || count is null or < 1 || step < 1 || (taskId - min) % step != 0 ||
            (taskId - min) / step is var index && (index < 0 || index >= count))
            throw ConfigurationException.ForSetting("shard",
                $"this is a SLURM array task (SLURM_ARRAY_TASK_ID={id}) but the array is not a regular range " +
                $"(MIN={environment("SLURM_ARRAY_TASK_MIN")}, COUNT={environment("SLURM_ARRAY_TASK_COUNT")}, STEP={environment("SLURM_ARRAY_TASK_STEP")}): " +
                "submit --array=0-N (or give the shard I/N yourself; 1/1 reads the whole corpus)");
        return new Shard((taskId.Value - min.Value) / step + 1, count.Value);
    }
}
