using GovText.Core.Comparison;
using GovText.Core.Documents;
using GovText.Core.Pipeline;
using GovText.Core.Results;
using GovText.Segmentation;

namespace GovText.Core.Counting;

/// <summary>
/// The count stage of <see cref="AnalysisPipeline"/>: counts each document on the worker that ingested it and formats its
/// rows there, then, in document order, streams <c>concept_counts</c>, <c>concept_matches</c> and, when asked, <c>word_frequencies</c> as
/// CSV or Parquet (which appear under their names only when the run finishes) and, when comparisons follow, adds each
/// counted document to their <see cref="CountAccumulator"/>: nothing is read back from disk and nothing per document is kept.
/// </summary>
public sealed class CountingStage : IDocumentStage, IDisposable
{
    private readonly DocumentCounter _counter;
    private readonly bool _computeFrequencies;
    private readonly ThreadLocal<Formatters>? _formatters;
    private readonly string _outDir;
    private readonly TableFormat _format;
    private readonly CountAccumulator? _accumulator;
    private readonly bool _writesFrequencies;
    private Outputs? _outputs;

    /// <summary>Prepares the stage; its files are created in <paramref name="outDir"/> when the first document arrives.</summary>
    /// <param name="counter">Counts one document.</param>
    /// <param name="outDir">The results folder.</param>
    /// <param name="accumulator">Receives every counted document, for the comparisons; null when none follow.</param>
    /// <param name="format">The format of the tables.</param>
    /// <param name="wordFrequencies">
    /// Write <c>word_frequencies</c>. Word frequencies are computed only when written or when <paramref name="accumulator"/>
    /// needs them (word keyness): they are most of the counting work after segmentation and the largest table.
    /// </param>
    public CountingStage(DocumentCounter counter, string outDir, CountAccumulator? accumulator = null,
        TableFormat format = TableFormat.Csv, bool wordFrequencies = true)
    {
        _outDir = outDir;
        _format = format;
        _accumulator = accumulator;
        _writesFrequencies = wordFrequencies;
        _counter = counter;
        _computeFrequencies = wordFrequencies || accumulator?.NeedsWords == true;
        Summary = new CountSummary(counter.Lexicon.Concepts.Select(c => c.Id).ToList());
        // CSV rows are formatted by the workers, so the thread that keeps the row order only appends text: on short
        // documents formatting was most of that thread's work, which would cap a run on many cores.
        if (format == TableFormat.Csv) _formatters = new(() => new Formatters(wordFrequencies), trackAllValues: true);
    }


    /// <inheritdoc />
    public string Name => "count";

    /// <summary>Totals for the end-of-run table.</summary>
    public CountSummary Summary { get; }

    /// <inheritdoc />
    public Action Process(Document document, DocumentRow row)
    {
        var counted = Count(document, row);
        return () => Write(counted);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Finish(string outDir)
    {
        _outputs ??= new Outputs(_outDir, _format, _writesFrequencies);
        return _outputs.Commit();
    }

    /// <summary>Abandons unfinished outputs.</summary>
    public void Dispose()
    {
        _outputs?.Dispose();
        if (_formatters is null) return;
        foreach (var formatters in _formatters.Values) formatters.Dispose();
        _formatters.Dispose();
    }

    private Counted Count(Document document, DocumentRow row)
    {
        var counts = _counter.Count(document, _computeFrequencies);
        if (_formatters is null) return new Counted(row, counts, null);
        var f = _formatters.Value!;
        var csv = new CsvRows(f.Counts.Format(counts.Counts), f.Matches.Format(counts.MatchRows), f.Frequencies?.Format(counts.Frequencies));
        return new Counted(row, counts, csv);
    }

    private void Write(Counted result)
    {
        var counts = result.Counts;
        _outputs ??= new Outputs(_outDir, _format, _writesFrequencies);
        if (result.Csv is { } csv)
        {
            _outputs.Counts.Append(csv.Counts);
            _outputs.Matches.Append(csv.Matches);
            if (csv.Frequencies is not null) _outputs.Frequencies?.Append(csv.Frequencies);
        }
        else
        {
            _outputs.Counts.Write(counts.Counts);
            _outputs.Matches.Write(counts.MatchRows);
            _outputs.Frequencies?.Write(counts.Frequencies);
        }
        Summary.Add(counts);
        _accumulator?.Add(new CountedDocument(result.Row, counts.Counts, counts.MatchRows, counts.Frequencies));
    }

    /// <summary>A counted document, with its rows already formatted when the tables are CSV.</summary>
    private sealed record Counted(DocumentRow Row, DocumentCounts Counts, CsvRows? Csv);

    /// <summary>One document's rows of each table as CSV text.</summary>
    private sealed record CsvRows(string Counts, string Matches, string? Frequencies);

    /// <summary>One worker thread's formatters.</summary>
    private sealed class Formatters(bool frequencies) : IDisposable
    {
        public CsvRowFormatter<ConceptCountRow> Counts { get; } = new(ResultTables.ConceptCounts);

        public CsvRowFormatter<ConceptMatchRow> Matches { get; } = new(ResultTables.ConceptMatches);

        public CsvRowFormatter<WordFrequencyRow>? Frequencies { get; } = frequencies ? new(ResultTables.WordFrequencies) : null;

        public void Dispose()
        {
            Counts.Dispose();
            Matches.Dispose();
            Frequencies?.Dispose();
        }
    }

    /// <summary>The tables, each streamed to a temporary file and moved into place on commit.</summary>
    private sealed class Outputs(string outDir, TableFormat format, bool frequencies) : IDisposable
    {
        private bool _committed;

        public ResultTableWriter<ConceptCountRow> Counts { get; } = ResultTables.ConceptCounts.OpenIn(outDir, format);

        public ResultTableWriter<ConceptMatchRow> Matches { get; } = ResultTables.ConceptMatches.OpenIn(outDir, format);

        public ResultTableWriter<WordFrequencyRow>? Frequencies { get; } = frequencies ? ResultTables.WordFrequencies.OpenIn(outDir, format) : null;

        public IReadOnlyList<string> Commit()
        {
            Counts.Commit();
            Matches.Commit();
            Frequencies?.Commit();
            _committed = true;
            return Frequencies is null ? [Counts.FilePath, Matches.FilePath] : [Counts.FilePath, Matches.FilePath, Frequencies.FilePath];
        }

        public void Dispose()
        {
            if (_committed) return;
            Counts.Dispose();
            Matches.Dispose();
            Frequencies?.Dispose();
        }
    }
}
