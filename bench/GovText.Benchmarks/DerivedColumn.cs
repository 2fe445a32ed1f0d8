using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

/// <summary>A summary column whose value is derived from a benchmark's statistics (throughput, allocation per unit).</summary>
internal sealed class DerivedColumn(string id, string name, int priority, string legend, Func<Summary, BenchmarkCase, string> value) : IColumn
{
    public string Id => id;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => priority;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(summary, benchmarkCase);
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => value(summary, benchmarkCase);

    /// <summary>Input megabytes (10^6 bytes of <paramref name="bytes"/>) per second, from the mean time.</summary>
    public static DerivedColumn MegabytesPerSecond(string name, string legend, Func<long> bytes) =>
        new("MBps", name, 0, legend, (summary, benchmark) => summary[benchmark]?.ResultStatistics is { } stats
            ? (bytes() / 1e6 / (stats.Mean / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)
            : "-");

    /// <summary>Bytes allocated per operation, shown by <paramref name="format"/> (e.g. per token or per input MB).</summary>
    public static DerivedColumn Allocated(string id, string name, string legend, Func<long, string> format) =>
        new(id, name, 1, legend, (summary, benchmark) => summary[benchmark]?.GcStats.GetBytesAllocatedPerOperation(benchmark) is { } allocated
            ? format(allocated)
            : "-");
}
