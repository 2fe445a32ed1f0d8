using CsvHelper;
using GovText.Core.Documents;
using GovText.Core.Output;
using GovText.Core.Pipeline;

namespace GovText.Core.Counting;

/// <summary>
/// The count stage of <see cref="AnalysisPipeline"/>: counts documents in parallel (a bounded window, results
/// consumed in document order) and streams <c>concept_counts.csv</c>, <c>concept_matches.csv</c> and
/// <c>word_frequencies.csv</c>, which appear under their names only when the run finishes.
/// </summary>
public sealed class CountingStage : IDocumentStage, IDisposable
{
    private readonly OrderedWindow<Document, DocumentCounts> _window;
    private readonly string _outDir;
    private Outputs? _outputs;

    /// <summary>Prepares the stage; its files are created in <paramref name="outDir"/> when the first document arrives.</summary>
    public CountingStage(DocumentCounter counter, string outDir, int parallelism)
    {
        _outDir = outDir;
        Summary = new CountSummary(counter.Lexicon.Concepts.Select(c => c.Id).ToList());
        _window = new OrderedWindow<Document, DocumentCounts>(counter.Count, Write, parallelism * 2);
    }

    /// <inheritdoc />
    public string Name => "count";

    /// <summary>Totals for the end-of-run table.</summary>
    public CountSummary Summary { get; }

    /// <inheritdoc />
    public void Accept(Document document) => _window.Add(document);

    /// <inheritdoc />
    public IReadOnlyList<string> Finish(string outDir)
    {
        _window.Drain();
        _outputs ??= new Outputs(_outDir);
        return _outputs.Commit();
    }

    /// <summary>Abandons unfinished outputs.</summary>
    public void Dispose() => _outputs?.Dispose();

    private void Write(DocumentCounts result)
    {
        _outputs ??= new Outputs(_outDir);
        _outputs.Counts.WriteRecords(result.Counts);
        _outputs.Matches.WriteRecords(result.MatchRows);
        _outputs.Frequencies.WriteRecords(result.Frequencies);
        Summary.Add(result);
    }

    /// <summary>The three CSVs, each streamed to a temporary file and moved into place on commit.</summary>
    private sealed class Outputs : IDisposable
    {
        private readonly List<(AtomicFileWriter File, CsvWriter Csv)> _files = [];

        public Outputs(string outDir)
        {
            Counts = Open<ConceptCountRow>(Path.Combine(outDir, CountCsv.ConceptCountsFile));
            Matches = Open<ConceptMatchRow>(Path.Combine(outDir, CountCsv.ConceptMatchesFile));
            Frequencies = Open<WordFrequencyRow>(Path.Combine(outDir, CountCsv.WordFrequenciesFile));
        }

        public CsvWriter Counts { get; }

        public CsvWriter Matches { get; }

        public CsvWriter Frequencies { get; }

        private bool _committed;

        public IReadOnlyList<string> Commit()
        {
            foreach (var (file, csv) in _files)
            {
                csv.Flush();
                file.Commit();
            }
            _committed = true;
            return _files.Select(f => f.File.FilePath).ToList();
        }

        public void Dispose()
        {
            if (_committed) return;
            foreach (var (file, csv) in _files)
            {
                file.Dispose();
            }
        }

        private CsvWriter Open<TRow>(string path)
        {
            var file = new AtomicFileWriter(path);
            var csv = new CsvWriter(file.Writer, CsvOutput.Configuration, leaveOpen: true);
            // The header is written up front so a corpus without documents still gets a well-formed, empty table.
            csv.WriteHeader<TRow>();
            csv.NextRecord();
            _files.Add((file, csv));
            return csv;
        }
    }
}
