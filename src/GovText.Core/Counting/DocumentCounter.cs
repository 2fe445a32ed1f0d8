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
        // The tokens go into this thread's reused buffer and are read where they lie: what the document keeps is its
        // counts and matches, so nothing is allocated per token or per sentence.
        var tokens = DocumentTokens.ForThisThread();
        try
        {
            _tokenizer.Tokenize(document, tokens);
            var text = document.Text;
            var matches = new List<ConceptMatch>();
            foreach (var sentence in tokens.Sentences)
                ConceptMatcher.MatchInto(Lexicon, sentence.Index, sentence.Paragraph, tokens.Of(sentence), text, matches);
            var totals = WordFrequencies.TokenTotals(tokens.All);
            var setAside = SetAside(totals, matches);
            return new DocumentCounts(
                document.Id,
                matches,
                ConceptCounter.Count(document.Id, matches, totals, document.HanChars, Lexicon),
                ConceptMatchRows.Create(document.Id, text, matches),
                wordFrequencies ? WordFrequencies.Count(document.Id, tokens.All, _segmenter.GetTag, setAside) : [])
            {
                SetAsideTokens = setAside,
            };
        }
        finally
        {
            tokens.Release();
        }
    }

    /// <summary>
    /// The sentences of word tokens of <paramref name="document"/> and its matches, labelled as <see cref="Count"/>
    /// labels them: what a concordance shows. Unlike <see cref="Count"/>, this keeps the tokens.
    /// </summary>
    public (List<TokenSentence> Sentences, List<ConceptMatch> Matches) Match(Document document)
    {
        var sentences = _tokenizer.Tokenize(document);
        var matches = ConceptMatcher.Match(Lexicon, sentences, document.Text);
        var totals = new Dictionary<Language, int>();
        foreach (var sentence in sentences) WordFrequencies.AddTokenTotals(sentence.Tokens.Span, totals);
        SetAside(totals, matches);
        return (sentences, matches);
    }

    /// <summary>
    /// Sets aside the word languages with too little text: relabels their matches (in place) and moves their totals
    /// to <see cref="CountedLanguages.Other"/>. A set-aside language's tokens are exactly its total, so the totals after
    /// relabelling follow without a recount.
    /// </summary>
    /// <returns>The set-aside languages with their word tokens (empty when none).</returns>
    private static Dictionary<Language, int> SetAside(Dictionary<Language, int> totals, List<ConceptMatch> matches)
    {
        var counted = CountedLanguages.Select(totals);
        var setAside = new Dictionary<Language, int>();
        foreach (var (language, n) in totals)
            if (IsSetAside(language, counted)) setAside.Add(language, n);
        if (setAside.Count == 0) return setAside;
        for (var i = 0; i < matches.Count; i++)
            if (IsSetAside(matches[i].Language, counted)) matches[i] = matches[i] with { Language = CountedLanguages.Other };
        foreach (var (language, n) in setAside)
        {
            totals.Remove(language);
            totals[CountedLanguages.Other] = totals.GetValueOrDefault(CountedLanguages.Other) + n;
        }
        return setAside;
    }

    private static bool IsSetAside(Language language, IReadOnlySet<Language> counted) =>
        CountedLanguages.Languages.Contains(language) && !counted.Contains(language);
}
