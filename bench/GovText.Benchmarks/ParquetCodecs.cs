using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using GovText.Core.Counting;
using GovText.Core.Results;
using Parquet;

/// <summary>
/// Size and CPU time of the three count tables of a results folder written as CSV and as Parquet with each candidate
/// codec (Snappy; LZ4; zstd at the fastest, optimal (GovText's choice) and smallest levels; none; with and without
/// dictionary-encoded strings), then read back: the figures behind the
/// choice in ParquetLayout.WriteOptions (docs/performance.md). Best of <c>passes</c>, CPU time of the process.
/// </summary>
internal static class ParquetCodecs
{
    private static readonly (string Name, CompressionMethod Method, CompressionLevel Level, bool Dictionary)[] Candidates =
    [
        ("snappy", CompressionMethod.Snappy, CompressionLevel.Optimal, true),
        ("snappy no dict", CompressionMethod.Snappy, CompressionLevel.Optimal, false),
        ("zstd optimal no dict", CompressionMethod.Zstd, CompressionLevel.Optimal, false),
        ("lz4raw", CompressionMethod.Lz4Raw, CompressionLevel.Optimal, true),
        ("zstd fastest", CompressionMethod.Zstd, CompressionLevel.Fastest, true),
        ("zstd optimal", CompressionMethod.Zstd, CompressionLevel.Optimal, true),
        ("zstd smallest", CompressionMethod.Zstd, CompressionLevel.SmallestSize, true),
        ("none", CompressionMethod.None, CompressionLevel.NoCompression, true),
    ];

    public static void Run(string folder, int passes)
    {
        var tmp = Directory.CreateTempSubdirectory("govtext-codecs").FullName;
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"machine: {Environment.ProcessorCount} cores, load average: {File.ReadAllText("/proc/loadavg").Trim()}"));
            Console.WriteLine($"{"table",-18} {"format",-20} {"rows",9} {"MB",8} {"write cpu s",12} {"read cpu s",11}");
            Table(ResultTables.ConceptCounts, new ConceptCountRowMap(), folder, tmp, passes);
            Table(ResultTables.ConceptMatches, new ConceptMatchRowMap(), folder, tmp, passes);
            Table(ResultTables.WordFrequencies, new WordFrequencyRowMap(), folder, tmp, passes);
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
        }
    }

    private static void Table<TRow>(ResultTable<TRow> table, CsvHelper.Configuration.ClassMap<TRow> map, string folder, string tmp, int passes)
    {
        var rows = table.ReadIn(folder).ToList();
        var name = Path.GetFileNameWithoutExtension(table.FileName);
        var csv = table.PathIn(tmp, TableFormat.Csv);
        Report(name, "csv", rows.Count, csv, passes, () => table.Write(csv, rows), () => table.Read(csv).Count());
        var layout = new ParquetLayout<TRow>(map);
        var parquet = table.PathIn(tmp, TableFormat.Parquet);
        foreach (var (codec, method, level, dictionary) in Candidates)
        {
            var options = layout.WriteOptions();
            options.CompressionMethod = method;
            options.CompressionLevel = level;
            if (!dictionary) options.ColumnEncodingHints.Clear();
            Report(name, codec, rows.Count, parquet, passes, () =>
            {
                using var writer = new ParquetTableRowWriter<TRow>(parquet, layout, options);
                foreach (var row in rows) writer.Write(row);
                writer.Commit();
            }, () => table.Read(parquet).Count());
            if (table.Read(parquet).Count() != rows.Count) throw new InvalidOperationException($"{name} {codec}: rows lost");
        }
    }

    private static void Report(string table, string format, int rows, string path, int passes, Action write, Func<int> read)
    {
        var writeCpu = Best(passes, write);
        var readCpu = Best(passes, () => read());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{table,-18} {format,-20} {rows,9} {new FileInfo(path).Length / 1e6,8:F2} {writeCpu,12:F3} {readCpu,11:F3}"));
    }

    // CPU seconds of the fastest pass: on a shared machine the least disturbed one.
    private static double Best(int passes, Action work)
    {
        var best = double.MaxValue;
        for (var i = 0; i < passes; i++)
        {
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            work();
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - before).TotalSeconds);
        }
        return best;
    }
}

/// <summary>Per column chunk of a Parquet file: encodings, codec and sizes (to check what the writer did).</summary>
internal static class ParquetMetadata
{
    public static async Task Print(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        Console.WriteLine($"{path}\ncreated_by: {reader.Metadata!.CreatedBy}; row groups: {reader.RowGroupCount}; key-value metadata: {reader.CustomMetadata.Count}");
        Console.WriteLine("schema: " + string.Join(", ", reader.Schema.DataFields.Select(f => $"{f.Name} {f.ClrType.Name}{(f.IsNullable ? "?" : "")}")));
        foreach (var group in reader.Metadata.RowGroups)
        foreach (var chunk in group.Columns)
        {
            var m = chunk.MetaData!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {string.Join('.', m.PathInSchema),-22} {m.Codec,-8} {string.Join(',', m.Encodings),-40} {m.TotalCompressedSize,10} {m.TotalUncompressedSize,10}"));
        }
    }
}
