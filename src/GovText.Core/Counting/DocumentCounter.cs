using GovText.Core.Documents;
using GovText.Core.Matching;
using GovText.Core.Tokens;
using GovText.Segmentation;
using GovText.Core.Text;

namespace GovText.Core.Counting;

/// <summary>
/// Counts one document: tokens → concept matches → counts, word frequencies and match rows. The result depends on
/// the document and the lexicon only. Thread-safe, so documents can be counted in parallel.
/// </summary>
public sealed class DocumentCounter
{
    private readonly DocumentTokenizer _tokenizer;
    private readonly Segmenter _segmenter;

    /// <summary>
    /// Prepares counting with <paramref name="lexicon"/>: every Chinese term becomes a user word of a private copy of the
    /// default jieba segmenter, so a concept term comes out as one token (the matcher still finds a term that jieba splits).
    /// </summary>
    public DocumentCounter(CompiledLexicon lexicon)
    {
        Lexicon = lexicon;
        _segmenter = SegmenterFor(lexicon);
        _tokenizer = new DocumentTokenizer(_segmenter, stems: lexicon.NeedsStems);
    }

    /// <summary>The compiled lexicon in use.</summary>
    public CompiledLexicon Lexicon { get; }

    // A copy of the default jieba segmenter with every Chinese term of the lexicon added as a user word.
    private static Segmenter SegmenterFor(CompiledLexicon lexicon)
    {
        var segmenter = Segmenter.CreateDefault();
        // jieba.add_word without a frequency, word by word: suggest_freq(word, tune=False), as jieba's own users get it.
        segmenter.AddWords(lexicon.ChineseWords);
        return segmenter;
    }

    /// <summary>
    /// Counts <paramref name="document"/>. Word languages with too little text (<see cref="CountedLanguages"/>) are set
    /// aside: their tokens and the matches in them are labelled <see cref="CountedLanguages.Other"/>.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="wordFrequencies">Compute <see cref="DocumentCounts.Frequencies"/> (empty otherwise).</param>
    public DocumentCounts Count(Document document, bool wordFrequencies = true)
    {
        var sentences = _tokenizer.Tokenize(document);
        var text = document.Text;
        var matches = ConceptMatcher.Match(Lexicon, sentences, text);
        var tokens = sentences.SelectMany(s => s.Tokens).ToList();
        var totals = WordFrequencies.TokenTotals(tokens);
        var counted = CountedLanguages.Select(totals);
        // A set-aside language's tokens are exactly its total, so the totals after relabelling follow without a recount.
        var setAside = totals.Where(t => IsSetAside(t.Key, counted)).ToDictionary();
        if (setAside.Count > 0)
        {
            tokens = tokens.Select(t => IsSetAside(t.Language, counted) ? t with { Language = CountedLanguages.Other } : t).ToList();
            matches = matches.Select(m => IsSetAside(m.Language, counted) ? m with { Language = CountedLanguages.Other } : m).ToList();
            foreach (var (language, n) in setAside)
            {
                totals.Remove(language);
                totals[CountedLanguages.Other] = totals.GetValueOrDefault(CountedLanguages.Other) + n;
            }
        }
        return new DocumentCounts(
            document.Id,
            sentences,
            matches,
            ConceptCounter.Count(document.Id, matches, totals, document.HanChars, Lexicon),
            ConceptMatchRows.Create(document.Id, text, matches),
            wordFrequencies ? WordFrequencies.Count(document.Id, tokens, _segmenter.GetTag) : [])
        {
            SetAsideTokens = setAside,
        };
    }

    private static bool IsSetAside(Language language, IReadOnlySet<Language> counted) =>
        CountedLanguages.Languages.Contains(language) && !counted.Contains(language);
}
