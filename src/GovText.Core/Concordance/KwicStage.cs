using GovText.Core.Counting;
using GovText.Core.Documents;
using GovText.Core.Pipeline;
using GovText.Core.Results;
using GovText.Segmentation;

namespace GovText.Core.Concordance;

/// <summary>
/// The concordance stage of <see cref="AnalysisPipeline"/>: matches each document on the worker that ingested it and keeps,
/// in document order, the concordance lines of the selected concept or term; writes <c>kwic.csv</c> at the end.
/// </summary>
public sealed class KwicStage : IDocumentStage
{
    private readonly DocumentCounter _counter;
    private readonly string? _conceptId;
    private readonly KwicOptions _options;
    private readonly List<KwicLine> _lines = [];

    /// <summary>Prepares the stage.</summary>
    /// <param name="counter">Tokenizes and matches documents.</param>
    /// <param name="conceptId">The concept to show (with its descendants), or null for every match of the lexicon.</param>
    /// <param name="options">Context sizes.</param>
    public KwicStage(DocumentCounter counter, string? conceptId, KwicOptions options)
    {
        _counter = counter;
        _conceptId = conceptId;
        _options = options;
        // Fail before reading the corpus when the concept is unknown.
        if (conceptId is not null) counter.Lexicon.SelfAndDescendants(conceptId);
    }

    /// <inheritdoc />
    public string Name => "kwic";

    /// <summary>The concordance lines, in document order then text order (complete after <see cref="Finish"/>).</summary>
    public IReadOnlyList<KwicLine> KwicLines => _lines;

    /// <inheritdoc />
    public Action Process(Document document, DocumentRow row)
    {
        var lines = Lines(document);
        return () => _lines.AddRange(lines);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Finish(string outDir)
    {
        var path = Path.Combine(outDir, KwicText.CsvFile);
        KwicText.WriteCsv(path, _lines);
        return [path];
    }

    private List<KwicLine> Lines(Document document)
    {
        var (sentences, matches) = _counter.Match(document);
        var selected = Kwic.Select(matches, _counter.Lexicon, _conceptId);
        return Kwic.Build(document.Id, document.Text, sentences, selected, _options);
    }
}
