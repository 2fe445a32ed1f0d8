using GovText.Core.Errors;
using GovText.Core.Lexicon;
using GovText.Core.Text;

namespace GovText.Core.Matching;

/// <summary>
/// A lexicon compiled for matching: term lookup tables, exclusion tables and the concept hierarchy as index arrays.
/// Immutable and safe to share between threads; compile once per run.
/// </summary>
public sealed class CompiledLexicon
{
    private readonly Dictionary<string, int> _index;
    private readonly int[][] _selfAndAncestors;
    private readonly int[][] _selfAndDescendants;

    internal CompiledLexicon(ConceptLexicon lexicon, Func<string, string> stemmer)
    {
        Lexicon = lexicon;
        Concepts = lexicon.Concepts;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Concepts.Count; i++) _index[Concepts[i].Id] = i;

        _selfAndAncestors = new int[Concepts.Count][];
        for (var i = 0; i < Concepts.Count; i++)
        {
            var chain = new List<int> { i };
            for (var parent = Concepts[i].Parent; parent is not null; parent = Concepts[_index[parent]].Parent)
                chain.Add(_index[parent]);
            _selfAndAncestors[i] = [.. chain];
        }
        _selfAndDescendants = new int[Concepts.Count][];
        for (var i = 0; i < Concepts.Count; i++)
            _selfAndDescendants[i] = [.. Enumerable.Range(0, Concepts.Count).Where(c => _selfAndAncestors[c].Contains(i))];

        Terms = new TermIndex(CompileTerms(c => c.Terms, stemmer));
        Exclusions = new TermIndex(CompileTerms(c => c.Exclude, stemmer));
        HasExclusions = [.. Concepts.Select(c => c.Exclude.Count > 0)];
        ChineseWords = [.. Concepts
            .SelectMany(c => c.Terms.Concat(c.Exclude))
            .Where(t => t.Language == Language.Chinese)
            .Select(t => t.Text)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The lexicon this was compiled from.</summary>
    public ConceptLexicon Lexicon { get; }

    /// <summary>The concepts in lexicon order.</summary>
    public IReadOnlyList<Concept> Concepts { get; }

    /// <summary>
    /// Every Chinese term and Chinese exclusion phrase, sorted: add them to the segmenter's user dictionary for the run
    /// so each comes out as one token where the text allows.
    /// </summary>
    public IReadOnlyList<string> ChineseWords { get; }

    internal TermIndex Terms { get; }

    internal TermIndex Exclusions { get; }

    internal bool[] HasExclusions { get; }

    /// <summary>True when some term or exclusion is matched on stems (<c>stem: true</c>), so tokens need their stems.</summary>
    public bool NeedsStems => Terms.HasStemTerms || Exclusions.HasStemTerms;

    /// <summary>The concept's id followed by its descendants' ids, in lexicon order (what <c>kwic --concept ID</c> shows).</summary>
    /// <exception cref="ConfigurationException">No concept has this id.</exception>
    public IReadOnlyList<string> SelfAndDescendants(string conceptId) =>
        [.. _selfAndDescendants[IndexOf(conceptId)].Select(i => Concepts[i].Id)];

    /// <summary>The concept's id followed by its parent's, its grandparent's, and so on.</summary>
    /// <exception cref="ConfigurationException">No concept has this id.</exception>
    public IReadOnlyList<string> SelfAndAncestors(string conceptId) =>
        [.. _selfAndAncestors[IndexOf(conceptId)].Select(i => Concepts[i].Id)];

    internal int[] SelfAndAncestorIndexes(int concept) => _selfAndAncestors[concept];

    internal bool TryIndexOf(string conceptId, out int index) => _index.TryGetValue(conceptId, out index);

    private int IndexOf(string conceptId) =>
        _index.TryGetValue(conceptId, out var index)
            ? index
            : throw new ConfigurationException(
                $"unknown concept '{conceptId}'; 'govtext lexicon show' lists the ids", Lexicon.Source);

    private List<CompiledTerm> CompileTerms(Func<Concept, IReadOnlyList<LexiconTerm>> select, Func<string, string> stemmer)
    {
        var byKey = new Dictionary<string, CompiledTerm>(StringComparer.Ordinal);
        var ordered = new List<CompiledTerm>();
        for (var c = 0; c < Concepts.Count; c++)
        {
            foreach (var term in select(Concepts[c]))
            {
                var key = TermSyntax.Key(term);
                if (byKey.TryGetValue(key, out var existing))
                {
                    // The same term twice under one concept is one listing: it must not count twice.
                    if (existing.Listings[^1].Concept != c) existing.Listings.Add((c, term.Text));
                    continue;
                }
                var compiled = Compile(term, ordered.Count, c, stemmer);
                byKey[key] = compiled;
                ordered.Add(compiled);
            }
        }
        return ordered;
    }

    private static CompiledTerm Compile(LexiconTerm term, int ordinal, int concept, Func<string, string> stemmer)
    {
        if (term.Language == Language.Chinese)
            return new CompiledTerm
            {
                Ordinal = ordinal, Language = Language.Chinese, Words = [term.Text], IsPrefix = [false], PunctuatedGap = [],
                Stem = false, Listings = [(concept, term.Text)],
            };
        var words = TermWords.Split(term.Text);
        var isPrefix = words.Select(w => w.EndsWith('*')).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (isPrefix[i]) words[i] = words[i][..^1];
            else if (term.Stem) words[i] = stemmer(words[i]);
        }
        return new CompiledTerm
        {
            Ordinal = ordinal, Language = Language.English, Words = words, IsPrefix = isPrefix,
            PunctuatedGap = TermSyntax.PunctuatedGaps(term.Text), Stem = term.Stem, Listings = [(concept, term.Text)],
        };
    }
}
