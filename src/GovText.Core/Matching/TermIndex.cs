using GovText.Core.Text;
namespace GovText.Core.Matching;

/// <summary>
/// Lookup tables over a set of compiled terms, so finding the terms that start at a token costs a few hash lookups
/// whatever the size of the lexicon: English terms by their first word (exact), by their first word's stem, and by
/// first-word prefix (one lookup per distinct glob prefix length); Chinese terms by growing the concatenation of
/// tokens while it is still a prefix of some term.
/// </summary>
internal sealed class TermIndex
{
    private readonly Dictionary<string, CompiledTerm[]> _byWord;
    private readonly Dictionary<string, CompiledTerm[]>.AlternateLookup<ReadOnlySpan<char>> _byWordSpan;
    private readonly Dictionary<string, CompiledTerm[]> _byPrefix;
    private readonly Dictionary<string, CompiledTerm[]>.AlternateLookup<ReadOnlySpan<char>> _byPrefixSpan;
    private readonly int[] _prefixLengths;
    private readonly Dictionary<string, CompiledTerm[]> _byStem;
    // Every prefix of every Chinese term, with the term it completes (null for a prefix that is no term): one lookup
    // per token tells both whether to go on and whether a term ends there.
    private readonly Dictionary<string, CompiledTerm?> _chinese;
    private readonly Dictionary<string, CompiledTerm?>.AlternateLookup<ReadOnlySpan<char>> _chineseSpan;
    // The first UTF-16 units of the Chinese terms, one bit each: most tokens start no term and are ruled out here without hashing.
    private readonly ulong[] _chineseFirst = new ulong[(char.MaxValue + 1) / 64];
    private readonly int _maxChineseLength;

    public TermIndex(IEnumerable<CompiledTerm> terms)
    {
        var byWord = new Dictionary<string, List<CompiledTerm>>(StringComparer.Ordinal);
        var byPrefix = new Dictionary<string, List<CompiledTerm>>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, List<CompiledTerm>>(StringComparer.Ordinal);
        _chinese = new Dictionary<string, CompiledTerm?>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Language == Language.Chinese)
            {
                var text = term.Words[0];
                if (text.Length == 0) continue;
                for (var n = 1; n < text.Length; n++) _chinese.TryAdd(text[..n], null);
                _chinese[text] = term;
                _chineseFirst[text[0] >> 6] |= 1UL << (text[0] & 63);
                _maxChineseLength = Math.Max(_maxChineseLength, text.Length);
                continue;
            }
            var table = term.Stem ? byStem : term.IsPrefix[0] ? byPrefix : byWord;
            if (!table.TryGetValue(term.Words[0], out var list)) table[term.Words[0]] = list = [];
            list.Add(term);
        }
        _byWord = Freeze(byWord);
        _byPrefix = Freeze(byPrefix);
        _byStem = Freeze(byStem);
        _prefixLengths = [.. _byPrefix.Keys.Select(k => k.Length).Distinct().Order()];
        _byWordSpan = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _byPrefixSpan = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _chineseSpan = _chinese.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool HasStemTerms => _byStem.Count > 0;

    /// <summary>Adds every term that matches tokens starting exactly at <paramref name="start"/>, with its end token (exclusive).</summary>
    public void CandidatesAt(in SentenceView view, int start, List<(CompiledTerm Term, int End)> output)
    {
        if (view.IsChinese(start))
        {
            ChineseAt(view, start, output);
            return;
        }
        var parts = view.Parts(start)!;
        if (parts.Length == 0) return;
        var first = parts[0];
        if (_byWordSpan.TryGetValue(first, out var exact)) TryAll(exact, view, start, output);
        foreach (var length in _prefixLengths)
        {
            if (length > first.Length) break;
            if (_byPrefixSpan.TryGetValue(first.AsSpan(0, length), out var globbed)) TryAll(globbed, view, start, output);
        }
        if (_byStem.Count > 0 && _byStem.TryGetValue(view.Stems(start)![0], out var stemmed)) TryAll(stemmed, view, start, output);
    }

    private static void TryAll(CompiledTerm[] terms, in SentenceView view, int start, List<(CompiledTerm, int)> output)
    {
        foreach (var term in terms)
            if (TryEnglish(term, view, start, out var end)) output.Add((term, end));
    }

    /// <summary>
    /// Walks the term's words over the tokens' words. A match starts at a token's first word and ends at a token's last
    /// word: a term never matches part of a hyphenated word (<c>governance</c> does not match inside <c>self-governance</c>).
    /// </summary>
    private static bool TryEnglish(CompiledTerm term, in SentenceView view, int start, out int end)
    {
        end = start;
        var token = start;
        var part = 0;
        for (var w = 0; w < term.Words.Length; w++)
        {
            if (token >= view.Count || view.IsChinese(token)) return false;
            var parts = view.Parts(token)!;
            if (parts.Length == 0) return false;
            if (part == 0 && w > 0 && !view.GapAllows(token - 1, token, term.PunctuatedGap[w - 1])) return false;
            var word = term.Stem ? view.Stems(token)![part] : parts[part];
            var ok = term.IsPrefix[w]
                ? word.StartsWith(term.Words[w], StringComparison.Ordinal)
                : string.Equals(word, term.Words[w], StringComparison.Ordinal);
            if (!ok) return false;
            part++;
            if (part == parts.Length)
            {
                token++;
                part = 0;
            }
        }
        if (part != 0) return false;
        end = token;
        return true;
    }

    private void ChineseAt(in SentenceView view, int start, List<(CompiledTerm, int)> output)
    {
        if (_chinese.Count == 0) return;
        var first = view.Tokens[start].Normalized;
        if (first.Length == 0 || (_chineseFirst[first[0] >> 6] & (1UL << (first[0] & 63))) == 0) return;
        Span<char> buffer = stackalloc char[_maxChineseLength];
        var length = 0;
        for (var token = start; token < view.Count && view.IsChinese(token); token++)
        {
            if (token > start && !view.ChineseGapAllows(token - 1, token)) return;
            var text = view.Tokens[token].Normalized;
            if (length + text.Length > buffer.Length) return;
            text.AsSpan().CopyTo(buffer[length..]);
            length += text.Length;
            if (!_chineseSpan.TryGetValue(buffer[..length], out var term)) return;
            if (term is not null) output.Add((term, token + 1));
        }
    }

    private static Dictionary<string, CompiledTerm[]> Freeze(Dictionary<string, List<CompiledTerm>> source) =>
        source.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
}
