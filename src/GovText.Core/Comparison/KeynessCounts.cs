using GovText.Core.Errors;
using GovText.Core.Text;

namespace GovText.Core.Comparison;

/// <summary>
/// The two sides of a keyness comparison, summed as documents arrive: which documents are target and which
/// reference (every other document unless a reference filter is given; documents whose filter column is empty, or
/// non-numeric for a range, are on neither side), word tokens per side and language, concept counts per side, and
/// (for word keyness) each word type's frequency per side. Memory follows concepts and the vocabulary.
/// </summary>
public sealed class KeynessCounts
{
    private readonly Dictionary<Language, Pair> _tokens = [];
    private readonly Dictionary<(string Concept, Language Language), Pair> _concepts = [];
    private readonly Dictionary<(string Token, Language Language), Pair> _words = [];
    private readonly Dictionary<(string Token, Language Language), string> _pos = [];

    /// <summary>Counts for <paramref name="target"/> against <paramref name="reference"/> (null: every other document).</summary>
    public KeynessCounts(DocumentFilter target, DocumentFilter? reference)
    {
        Target = target;
        Reference = reference;
    }

    /// <summary>The target filter.</summary>
    public DocumentFilter Target { get; }

    /// <summary>The reference filter, or null for every other document.</summary>
    public DocumentFilter? Reference { get; }

    /// <summary>Target documents.</summary>
    public int TargetDocs { get; private set; }

    /// <summary>Reference documents.</summary>
    public int ReferenceDocs { get; private set; }

    /// <summary>Documents on neither side because a filter could not decide (empty or non-numeric value).</summary>
    public IdSample Undecided { get; } = new();

    /// <summary>Documents both filters select (an error, raised by <see cref="Check"/>).</summary>
    public IdSample Overlap { get; } = new();

    /// <summary>What is compared, for chart titles, e.g. "year=2013..2025 (12 docs) vs all other documents (60 docs)".</summary>
    public string Description =>
        $"{Target.Text} ({Docs(TargetDocs)}) vs " + (Reference is null ? "all other documents" : Reference.Text) + $" ({Docs(ReferenceDocs)})";

    private static string Docs(int n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + (n == 1 ? " doc" : " docs");

    /// <summary>Adds one document to its side, if it has one.</summary>
    public void Add(CountedDocument document)
    {
        var inTarget = Target.Evaluate(document.Document);
        var inReference = Reference is null ? (inTarget is null ? null : !inTarget) : Reference.Evaluate(document.Document);
        bool side;
        if (inTarget == true && inReference == true)
        {
            Overlap.Add(document.Document.DocId);
            return;
        }
        if (inTarget == true) side = true;
        else if (inReference == true) side = false;
        else
        {
            if (inTarget is null || (Reference is not null && inReference is null)) Undecided.Add(document.Document.DocId);
            return;
        }

        if (side) TargetDocs++;
        else ReferenceDocs++;
        var languages = new List<Language>(2);
        foreach (var row in document.Counts)
        {
            // A document's rows repeat its token total for every concept; it counts once per language.
            if (!languages.Contains(row.Language))
            {
                languages.Add(row.Language);
                _tokens[row.Language] = _tokens.GetValueOrDefault(row.Language) + Pair.One(side, row.Tokens);
            }
            var key = (row.ConceptId, row.Language);
            _concepts[key] = _concepts.GetValueOrDefault(key) + Pair.One(side, row.Count);
        }
        foreach (var row in document.Words)
        {
            var key = (row.Token, row.Language);
            _words[key] = _words.GetValueOrDefault(key) + Pair.One(side, row.Count);
            if (row.Pos.Length > 0) _pos[key] = row.Pos;
        }
    }

    /// <summary>Adds the counts of <paramref name="later"/> (documents after these).</summary>
    public void Merge(KeynessCounts later)
    {
        TargetDocs += later.TargetDocs;
        ReferenceDocs += later.ReferenceDocs;
        Undecided.Merge(later.Undecided);
        Overlap.Merge(later.Overlap);
        foreach (var (k, v) in later._tokens) _tokens[k] = _tokens.GetValueOrDefault(k) + v;
        foreach (var (k, v) in later._concepts) _concepts[k] = _concepts.GetValueOrDefault(k) + v;
        foreach (var (k, v) in later._words) _words[k] = _words.GetValueOrDefault(k) + v;
        foreach (var (k, v) in later._pos) _pos[k] = v;
    }

    /// <summary>Fails unless the sides are disjoint and neither is empty.</summary>
    /// <exception cref="ConfigurationException">Overlapping sides or an empty side.</exception>
    public void Check()
    {
        if (Overlap.Count > 0)
            throw new ConfigurationException(
                $"target '{Target.Text}' and reference '{Reference!.Text}' both select {Overlap}; the two sides must not overlap");
        if (TargetDocs == 0)
            throw new ConfigurationException($"target '{Target.Text}' selects no document");
        if (ReferenceDocs == 0)
            throw new ConfigurationException(Reference is null
                ? $"target '{Target.Text}' selects every document; nothing is left for the reference"
                : $"reference '{Reference.Text}' selects no document");
    }

    /// <summary>
    /// Word tokens per side, for the languages in which both sides have at least <see cref="KeynessTable.MinSideTokens"/>
    /// tokens (the only ones that are compared; <see cref="KeynessTable.Refusals"/> names the others).
    /// </summary>
    public IReadOnlyDictionary<Language, (long Target, long Reference)> ComparableTokens() =>
        _tokens.Where(kv => kv.Value.T >= KeynessTable.MinSideTokens && kv.Value.R >= KeynessTable.MinSideTokens)
            .ToDictionary(kv => kv.Key, kv => (kv.Value.T, kv.Value.R));

    /// <summary>Word tokens per side for every token language either side has, in ordinal order of language.</summary>
    public IEnumerable<(Language Language, long Target, long Reference)> TokenTotals() =>
        _tokens.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value.T, kv.Value.R));

    /// <summary>A concept's matches per side in <paramref name="language"/> (parents include children).</summary>
    public (long Target, long Reference) Concept(string conceptId, Language language)
    {
        var p = _concepts.GetValueOrDefault((conceptId, language));
        return (p.T, p.R);
    }

    /// <summary>A word type's jieba POS tag (word_frequencies.csv's <c>pos</c>); empty when it has none.</summary>
    public string PosOf(string token, Language language) => _pos.GetValueOrDefault((token, language)) ?? "";

    /// <summary>Every word type with its frequency per side.</summary>
    public IEnumerable<(string Token, Language Language, long Target, long Reference)> Words() =>
        _words.Select(kv => (kv.Key.Token, kv.Key.Language, kv.Value.T, kv.Value.R));

    private readonly record struct Pair(long T, long R)
    {
        public static Pair One(bool target, long n) => target ? new Pair(n, 0) : new Pair(0, n);

        public static Pair operator +(Pair a, Pair b) => new(a.T + b.T, a.R + b.R);
    }
}
