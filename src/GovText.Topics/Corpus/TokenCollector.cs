using GovText.Core.Documents;
using GovText.Core.Pipeline;
using GovText.Core.Tokens;
using GovText.Core.Text;
using GovText.Segmentation;

namespace GovText.Topics.Corpus;

/// <summary>
/// A pipeline stage that turns each document into the units a topic model or clustering is fitted on: the same
/// analysis tokens as the count stage (jieba words for Chinese, lowercased words for English), filtered by
/// <see cref="TokenFilter"/>, as term ids. Each document is tokenized on the worker that ingested it and added in pipeline order.
/// It writes no files: <see cref="Build"/> hands the corpus to the modelling step.
/// </summary>
public sealed class TokenCollector : IDocumentStage
{
    private readonly DocumentTokenizer _tokenizer;
    private readonly TokenFilter _filter;
    private readonly ModelUnit _unit;
    private readonly List<TopicDocument> _documents = [];
    private readonly List<TokenUnit> _units = [];
    private readonly List<Term> _terms = [];
    private readonly Dictionary<Term, int> _ids = [];
    private readonly List<DroppedTokens> _drops = [];

    /// <summary>Prepares the stage.</summary>
    /// <param name="tokenizer">The count stage's tokenizer (same segmenter and user words).</param>
    /// <param name="filter">Which tokens to keep.</param>
    /// <param name="unit">Documents or paragraphs.</param>
    public TokenCollector(DocumentTokenizer tokenizer, TokenFilter filter, ModelUnit unit)
    {
        _tokenizer = tokenizer;
        _filter = filter;
        _unit = unit;
    }

    /// <inheritdoc />
    public string Name => "tokens";

    /// <inheritdoc />
    public Action Process(Document document, GovText.Core.Results.DocumentRow row)
    {
        var tokenized = Tokenize(document);
        return () => Add(tokenized);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Finish(string outDir) => [];

    /// <summary>The corpus collected so far (call after the pipeline has finished).</summary>
    public TokenCorpus Build() =>
        new TokenCorpus(_documents.ToList(), _units.ToList(), _terms.ToList(), _unit, new TokenDrops(_filter.StopWords.Description, _drops.ToList()));

    private sealed record Tokenized(TopicDocument Document, List<(int Paragraph, List<Term> Terms)> Units, SortedDictionary<Language, (long Numbers, long StopWords)> Drops);

    private Tokenized Tokenize(Document document)
    {
        var meta = new TopicDocument(document.Id, document.Title, document.Year, document.Language, document.Metadata);
        var units = new List<(int, List<Term>)>();
        var drops = new SortedDictionary<Language, (long Numbers, long StopWords)>();
        var current = new List<Term>();
        var paragraph = _unit == ModelUnit.Document ? -1 : 0;
        var started = false;
        foreach (var sentence in _tokenizer.Tokenize(document))
        {
            if (_unit == ModelUnit.Paragraph && (!started || sentence.Paragraph != paragraph))
            {
                if (started) units.Add((paragraph, current));
                current = [];
                paragraph = sentence.Paragraph;
            }
            started = true;
            foreach (var token in sentence.Tokens.Span)
            {
                switch (_filter.Judge(token))
                {
                    case TokenFilter.Verdict.Keep: current.Add(new Term(token.Language, token.Normalized)); break;
                    case TokenFilter.Verdict.Number:
                        var n = drops.GetValueOrDefault(token.Language);
                        drops[token.Language] = (n.Numbers + 1, n.StopWords);
                        break;
                    default:
                        var s = drops.GetValueOrDefault(token.Language);
                        drops[token.Language] = (s.Numbers, s.StopWords + 1);
                        break;
                }
            }
        }
        if (started || _unit == ModelUnit.Document) units.Add((paragraph, current));
        return new Tokenized(meta, units, drops);
    }

    private void Add(Tokenized result)
    {
        var doc = _documents.Count;
        _documents.Add(result.Document);
        foreach (var (language, (numbers, stopWords)) in result.Drops)
            _drops.Add(new DroppedTokens(doc, language, numbers, stopWords));
        foreach (var (paragraph, terms) in result.Units)
        {
            var ids = new int[terms.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                if (!_ids.TryGetValue(terms[i], out var id))
                {
                    id = _terms.Count;
                    _terms.Add(terms[i]);
                    _ids.Add(terms[i], id);
                }
                ids[i] = id;
            }
            _units.Add(new TokenUnit(doc, paragraph, ids));
        }
    }
}
