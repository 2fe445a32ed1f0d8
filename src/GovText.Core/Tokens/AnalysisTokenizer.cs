using System.Globalization;
using System.Text;
using GovText.Core.Text;
using GovText.Segmentation;

namespace GovText.Core.Tokens;

/// <summary>
/// Turns text into word tokens for counting: Han words exactly as jieba's accurate cut (with HMM) gives
/// them, Latin-script words re-joined across the pieces jieba splits them into (internal hyphens and
/// apostrophes, accented letters, combining marks), and numbers. Whitespace, punctuation and symbols are
/// dropped. Han and Latin letters are those of <see cref="Script"/>. The rules are documented in docs/segmentation.md.
/// Thread-safe.
/// </summary>
public sealed class AnalysisTokenizer
{
    private readonly Segmenter _segmenter;
    private readonly bool _stems;

    /// <summary>Creates a tokenizer over a segmenter (its user words apply to the Han words).</summary>
    /// <param name="segmenter">The jieba-exact segmenter.</param>
    /// <param name="stems">
    /// Compute <see cref="AnalysisToken.Stem"/> for English words. Stemming is most of the cost of tokenizing English
    /// (measured: 60%), so a caller that never reads stems passes false and gets <see cref="AnalysisToken.Normalized"/> there.
    /// </param>
    public AnalysisTokenizer(Segmenter segmenter, bool stems = true)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _segmenter = segmenter;
        _stems = stems;
    }

    private enum Kind { Other, Han, Piece, Joiner }

    // One piece of the jieba cut: its offsets in the text and its kind, classified once.
    private readonly record struct Piece(int Start, int End, Kind Kind);

    /// <summary>The word tokens of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The input.</param>
    /// <param name="offset">Added to every token's <see cref="AnalysisToken.Start"/> and <see cref="AnalysisToken.End"/>: the
    /// position of <paramref name="text"/> in a larger text (a paragraph in its document), so tokens carry document offsets.</param>
    public IReadOnlyList<AnalysisToken> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<AnalysisToken>();
        Tokenize(text, offset, tokens);
        return tokens;
    }

    /// <summary>
    /// Appends the word tokens of <paramref name="text"/> to <paramref name="output"/>, in order. With a list reused
    /// from text to text (cleared, its capacity kept) tokenizing allocates nothing per token.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="offset">Added to every token's offsets (see <see cref="Tokenize(string, int)"/>).</param>
    /// <param name="output">Receives the tokens after those it holds.</param>
    public void Tokenize(string text, int offset, List<AnalysisToken> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        // The cut goes through the segmenter's span callback into this thread's piece buffer: no Token object and no
        // string per piece. The token strings come from this thread's cache, so a word that recurs (most do) is one
        // string however often it occurs, and tokens are values written into the caller's list.
        var scratch = Scratch.ForThisThread();
        scratch.Begin();
        try
        {
            Tokens(text, offset, scratch, output);
        }
        finally
        {
            scratch.End();
        }
    }

    private void Tokens(string text, int offset, Scratch scratch, List<AnalysisToken> result)
    {
        _segmenter.Cut(text.AsSpan(), scratch.OnPiece, SegmentationMode.Accurate, hmm: true);
        var pieces = scratch.Pieces;
        var count = scratch.Count;
        // At most one token per piece: a fresh list gets its exact-enough size at once, a reused one grows once.
        result.EnsureCapacity(result.Count + count);
        var i = 0;
        while (i < count)
        {
            var kind = pieces[i].Kind;
            if (kind == Kind.Han)
            {
                var t = pieces[i];
                var word = scratch.Strings.Get(text.AsSpan(t.Start, t.End - t.Start));
                result.Add(new AnalysisToken(Language.Chinese, word, word, word, t.Start + offset, t.End + offset));
                i++;
                continue;
            }
            if (kind != Kind.Piece) { i++; continue; }
            var last = ExtendWord(text, pieces, count, i);
            AddWord(text, offset, scratch, i, last, result);
            i = last + 1;
        }
    }

    // Extends a word from piece `first`: directly adjacent pieces join when jieba cut between two letters
    // or two digits (it cuts non-ASCII ones one by one) or before a combining mark, and "-", "'" or "’" join two pieces when they touch both.
    private static int ExtendWord(string text, Piece[] pieces, int count, int first)
    {
        var last = first;
        while (last + 1 < count)
        {
            var left = pieces[last];
            var next = pieces[last + 1];
            if (next.Start != left.End) break;
            var leftLast = text[left.End - 1];
            var nextFirst = text[next.Start];
            if (next.Kind == Kind.Piece && (IsMark(nextFirst) || (IsLetterOrMark(leftLast) && IsLatinLetter(nextFirst))
                || (char.IsDigit(leftLast) && char.IsDigit(nextFirst))))
            {
                last++;
                continue;
            }
            if (next.Kind == Kind.Joiner && last + 2 < count)
            {
                var after = pieces[last + 2];
                if (after.Start == next.End && after.Kind == Kind.Piece && char.IsLetterOrDigit(leftLast) && char.IsLetterOrDigit(text[after.Start]))
                {
                    last += 2;
                    continue;
                }
            }
            break;
        }
        return last;
    }

    // A run with a letter is one English word; a run of numbers joined by hyphens ("2024-10-22") is
    // split back into its numbers, because a date or range is not one number.
    private void AddWord(string text, int offset, Scratch scratch, int first, int last, List<AnalysisToken> result)
    {
        var pieces = scratch.Pieces;
        var start = pieces[first].Start;
        var end = pieces[last].End;
        var surface = text.AsSpan(start, end - start);
        if (ContainsLatinLetter(surface))
        {
            var (word, normalized) = scratch.Normalized(surface);
            result.Add(new AnalysisToken(Language.English, word, normalized, _stems ? scratch.Stem(normalized) : normalized, start + offset, end + offset));
            return;
        }
        var runStart = first;
        for (var k = first; k <= last + 1; k++)
        {
            if (k <= last && pieces[k].Kind != Kind.Joiner) continue;
            var s = pieces[runStart].Start;
            var e = pieces[k - 1].End;
            var (number, normalized) = scratch.Normalized(text.AsSpan(s, e - s));
            result.Add(new AnalysisToken(Language.Number, number, normalized, normalized, s + offset, e + offset));
            runStart = k + 1;
        }
    }

    private static bool ContainsLatinLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (IsLatinLetter(c)) return true;
        }
        return false;
    }

    private static string Normalize(string surface) =>
        surface.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('\u2019', '\'');

    private static Kind Classify(ReadOnlySpan<char> token)
    {
        if (token.Length == 1 && token[0] is '-' or '\'' or '\u2019') return Kind.Joiner;
        var hasWordChar = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (IsHan(token, i)) return Kind.Han;
            if (IsLatinLetter(c) || char.IsDigit(c)) hasWordChar = true;
            else if (!IsMark(c) && !(c is '.' or '%' && hasWordChar)) return Kind.Other;
        }
        if (hasWordChar) return Kind.Piece;
        // A lone combining mark continues the previous word; ExtendWord decides whether one precedes it.
        return token.Length > 0 && IsMark(token[0]) ? Kind.Piece : Kind.Other;
    }

    /// <summary>
    /// One thread's working memory: the piece buffer the segmenter's callback fills, and caches of the strings,
    /// normalized forms and stems of the words seen, so a recurring word costs a hash lookup instead of a new string, an
    /// NFKC pass and a Snowball stem (measured: stemming was 60% of tokenizing English). The string cache has a fixed
    /// size and the two others are cleared past <see cref="MaxCached"/> entries, so memory stays flat however large the corpus.
    /// </summary>
    private sealed class Scratch
    {
        private const int MaxCached = 1 << 18;

        [ThreadStatic] private static Scratch? _current;

        private readonly Dictionary<string, (string Surface, string Normalized)> _normalized = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Surface, string Normalized)>.AlternateLookup<ReadOnlySpan<char>> _normalizedBySpan;
        private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
        private bool _busy;

        private Scratch()
        {
            _normalizedBySpan = _normalized.GetAlternateLookup<ReadOnlySpan<char>>();
            OnPiece = Add;
        }

        public static Scratch ForThisThread()
        {
            var scratch = _current ??= new Scratch();
            // A tokenizer called from inside another's callback on the same thread (never today) gets its own buffers.
            return scratch._busy ? new Scratch() : scratch;
        }

        public TokenCallback OnPiece { get; }

        public Piece[] Pieces { get; private set; } = new Piece[256];

        public int Count { get; private set; }

        public StringCache Strings { get; } = new(1 << 16);

        public void Begin()
        {
            Count = 0;
            _busy = true;
        }

        public void End()
        {
            _busy = false;
        }

        private void Add(ReadOnlySpan<char> token, int start, int end)
        {
            if (Count == Pieces.Length)
            {
                var bigger = new Piece[Pieces.Length * 2];
                Pieces.AsSpan().CopyTo(bigger);
                Pieces = bigger;
            }
            Pieces[Count++] = new Piece(start, end, Classify(token));
        }

        /// <summary>The surface string and the normalized form of a Latin-script word or a number.</summary>
        public (string Surface, string Normalized) Normalized(ReadOnlySpan<char> surface)
        {
            if (_normalizedBySpan.TryGetValue(surface, out var known)) return known;
            if (_normalized.Count >= MaxCached) _normalized.Clear();
            var word = surface.ToString();
            var forms = (word, Strings.Get(Normalize(word)));
            _normalized.Add(word, forms);
            return forms;
        }

        /// <summary>The Snowball stem of a normalized word.</summary>
        public string Stem(string normalized)
        {
            if (_stems.TryGetValue(normalized, out var stem)) return stem;
            if (_stems.Count >= MaxCached) _stems.Clear();
            stem = Strings.Get(SnowballEnglish.Stem(normalized));
            _stems.Add(normalized, stem);
            return stem;
        }
    }

    /// <summary>
    /// Strings by their characters, so equal words share one string: a direct-mapped cache (one slot per hash, a new word
    /// replaces the one in its slot), which costs one cheap hash and one comparison per token and never grows. A word
    /// pushed out of its slot is simply allocated again the next time; the profile put the ordinal HashSet it replaces
    /// (randomised hashing, probing) at a fifth of the tokenizer's own time.
    /// </summary>
    /// <remarks>
    /// A word of one to four UTF-16 units (most Han words) is also its own 64-bit key, kept in the slot beside its
    /// string: it is hashed with one multiplication and compared without reading the string, so a hit touches one
    /// cache line where comparing the characters also read the string from wherever the heap put it (the cache
    /// misses were most of this cache's cost in the profile of <c>count</c>).
    /// </remarks>
    private sealed class StringCache
    {
        private readonly Slot[] _slots;
        private readonly int _mask;
        private readonly int _shift;

        public StringCache(int size)
        {
            _slots = new Slot[size];
            _mask = size - 1;
            _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        }

        // Key: the units of a short word packed 16 bits each (nonzero, since a word with U+0000 is never packed), or 0 for a longer word.
        private struct Slot
        {
            public ulong Key;
            public string? Value;
        }

        public string Get(ReadOnlySpan<char> chars)
        {
            if (Pack(chars) is var key and not 0)
            {
                ref var slot = ref _slots[(int)((key * 0x9E3779B97F4A7C15UL) >> _shift)];
                if (slot.Key == key) return slot.Value!;
                slot.Key = key;
                return slot.Value = chars.ToString();
            }
            // FNV-1a over the UTF-16 code units.
            var hash = 2166136261u;
            foreach (var c in chars) hash = (hash ^ c) * 16777619u;
            ref var slotOfLong = ref _slots[(int)(hash ^ (hash >> 15)) & _mask];
            if (slotOfLong.Key == 0 && slotOfLong.Value is { } known && chars.SequenceEqual(known)) return known;
            slotOfLong.Key = 0;
            return slotOfLong.Value = chars.ToString();
        }

        private static ulong Pack(ReadOnlySpan<char> chars)
        {
            if (chars.Length is 0 or > 4) return 0;
            ulong key = 0;
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] == '\0') return 0;
                key |= (ulong)chars[i] << (16 * i);
            }
            return key;
        }
    }

    // Han and Latin letters as Text/Script defines them for every stage (han_chars, language tags, lexicon terms).
    private static bool IsHan(ReadOnlySpan<char> s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            ? Script.IsHan(char.ConvertToUtf32(s[i], s[i + 1]))
            : Script.IsHan(s[i]);

    private static bool IsLatinLetter(char c) => Script.IsLatinLetter(c);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsLetterOrMark(char c) => IsLatinLetter(c) || IsMark(c);
}
