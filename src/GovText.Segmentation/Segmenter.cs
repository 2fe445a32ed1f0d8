using System.Globalization;
using System.Text.RegularExpressions;
using GovText.Segmentation.Internal;

namespace GovText.Segmentation;

/// <summary>
/// A Chinese word segmenter that reproduces jieba 0.42.1 token for token (<c>jieba.cut</c>,
/// <c>cut_for_search</c>, <c>cut(cut_all=True)</c>, with and without the HMM), including its user
/// dictionary operations. The embedded base model is loaded once per process and shared; each
/// segmenter keeps its own user words in a copy-on-write overlay, so creating or cloning one is cheap
/// and concurrent <see cref="Cut(string, SegmentationMode, bool)"/> calls need no locking.
/// </summary>
public sealed partial class Segmenter
{
    private readonly Lock _gate = new();
    private DictionaryState _state;

    private Segmenter(DictionaryState state) => _state = state;

    /// <summary>A segmenter over the embedded jieba 0.42.1 dictionary and HMM, without user words.</summary>
    public static Segmenter CreateDefault() => new(DictionaryState.Base);

    /// <summary>An independent segmenter starting with this one's user words; later edits to either do not affect the other.</summary>
    public Segmenter Clone() => new(Volatile.Read(ref _state));

    /// <summary>jieba's <c>total</c>: the sum of all frequencies ever added, which every word's probability is divided by.</summary>
    public long TotalFrequency => Volatile.Read(ref _state).Total;

    /// <summary>Cuts <paramref name="text"/> like <c>jieba.lcut</c> (or <c>lcut_for_search</c> / <c>cut_all</c>).</summary>
    /// <param name="text">The input; offsets in the result are UTF-16 offsets into it.</param>
    /// <param name="mode">Accurate (default), search or full.</param>
    /// <param name="hmm">Whether unknown words are recognised with the HMM (jieba's <c>HMM=True</c>); full mode ignores it, as jieba does.</param>
    public IReadOnlyList<Token> Cut(string text, SegmentationMode mode = SegmentationMode.Accurate, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 2 + 1);
        var sink = new TokenListSink(tokens);
        Cutter<TokenListSink>.Run(Volatile.Read(ref _state), text, mode, hmm, ref sink);
        return tokens;
    }

    /// <summary>Cuts <paramref name="text"/> and returns the token strings only, as <c>jieba.lcut</c> does.</summary>
    /// <param name="text">The input.</param>
    /// <param name="mode">Accurate (default), search or full.</param>
    /// <param name="hmm">Whether the HMM recognises unknown words.</param>
    public IReadOnlyList<string> CutToStrings(string text, SegmentationMode mode = SegmentationMode.Accurate, bool hmm = true)
    {
        var tokens = Cut(text, mode, hmm);
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = tokens[i].Text;
        return words;
    }

    /// <summary>
    /// The allocation-free form of <see cref="Cut(string, SegmentationMode, bool)"/>: every token is handed to
    /// <paramref name="onToken"/> as a span (valid only during the call) with its offsets.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="onToken">Receives the tokens in jieba's order.</param>
    /// <param name="mode">Accurate (default), search or full.</param>
    /// <param name="hmm">Whether the HMM recognises unknown words.</param>
    public void Cut(ReadOnlySpan<char> text, TokenCallback onToken, SegmentationMode mode = SegmentationMode.Accurate, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(onToken);
        var sink = new CallbackSink(onToken);
        Cutter<CallbackSink>.Run(Volatile.Read(ref _state), text, mode, hmm, ref sink);
    }

    /// <summary>The cut delivered to a struct sink (no delegate call per token), for this assembly's writers.</summary>
    internal void Cut<TSink>(ReadOnlySpan<char> text, ref TSink sink, SegmentationMode mode, bool hmm)
        where TSink : struct, ITokenSink =>
        Cutter<TSink>.Run(Volatile.Read(ref _state), text, mode, hmm, ref sink);

    /// <summary>
    /// Cuts and tags <paramref name="text"/> like <c>jieba.posseg.lcut(text, HMM=hmm)</c>: the same
    /// dictionary and user words as <see cref="Cut(string, SegmentationMode, bool)"/>, but posseg's own
    /// cutting rules (which differ from <c>jieba.cut</c> around '%', '-', ASCII runs and unknown words)
    /// and its POS HMM for words the dictionary lacks.
    /// </summary>
    /// <param name="text">The input; offsets in the result are UTF-16 offsets into it.</param>
    /// <param name="hmm">Whether unknown words are recognised and tagged with posseg's HMM.</param>
    public IReadOnlyList<TaggedToken> CutWithTags(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TaggedToken>(text.Length / 2 + 1);
        var sink = new TaggedListSink(tokens);
        PossegCutter<TaggedListSink>.Run(Volatile.Read(ref _state), text, hmm, ref sink);
        return tokens;
    }

    /// <summary>
    /// The allocation-free form of <see cref="CutWithTags(string, bool)"/>: every word is handed to
    /// <paramref name="onToken"/> as a span (valid only during the call) with its tag and offsets.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="onToken">Receives the words in jieba.posseg's order.</param>
    /// <param name="hmm">Whether the POS HMM recognises unknown words.</param>
    public void CutWithTags(ReadOnlySpan<char> text, TaggedTokenCallback onToken, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(onToken);
        var sink = new TaggedCallbackSink(onToken);
        PossegCutter<TaggedCallbackSink>.Run(Volatile.Read(ref _state), text, hmm, ref sink);
    }

    /// <summary><c>FREQ.get(word)</c>: the word's frequency, 0 for a prefix or deleted word; false when jieba's FREQ does not hold it.</summary>
    /// <param name="word">The exact string.</param>
    /// <param name="frequency">Its frequency when found.</param>
    public bool TryGetFrequency(string word, out int frequency)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Volatile.Read(ref _state).TryGetFrequency(word, out frequency);
    }

    /// <summary>The POS tag of a word: the tag given to <see cref="AddWord"/>, else dict.txt's; null when there is none.</summary>
    /// <param name="word">The exact word.</param>
    public string? GetTag(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Volatile.Read(ref _state).GetTag(word);
    }

    /// <summary>
    /// <c>jieba.add_word</c>: adds (or re-weights) a word. Without a frequency the word gets what
    /// <see cref="SuggestFrequency(string, bool)"/> computes, so it comes out whole. Like jieba, the
    /// frequency is added to <see cref="TotalFrequency"/>, which shifts every word's probability.
    /// </summary>
    /// <param name="word">The word (not empty).</param>
    /// <param name="frequency">Its frequency (not negative); null to compute one.</param>
    /// <param name="tag">An optional POS tag.</param>
    public void AddWord(string word, int? frequency = null, string? tag = null)
    {
        ValidateWord(word);
        if (frequency < 0) throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "A word frequency cannot be negative.");
        Edit(state => AddWordCore(state, word, frequency, tag));
    }

    /// <summary>
    /// <c>jieba.add_word(w)</c> for each word in order, without frequencies, applied as one edit: the same result as
    /// calling <see cref="AddWord"/> for each (each suggested frequency sees the words before it), without copying the
    /// user words once per word.
    /// </summary>
    /// <param name="words">The words (none empty).</param>
    public void AddWords(IEnumerable<string> words)
    {
        var list = words.ToList();
        foreach (var word in list) ValidateWord(word);
        Edit(state =>
        {
            foreach (var word in list) AddWordCore(state, word, null, null);
        });
    }

    /// <summary><c>jieba.del_word</c>: sets the word's frequency to 0 and stops the HMM from emitting it whole.</summary>
    /// <param name="word">The word (not empty).</param>
    public void DeleteWord(string word)
    {
        ValidateWord(word);
        Edit(state => AddWordCore(state, word, 0, null));
    }

    /// <summary>
    /// <c>jieba.suggest_freq(word, tune)</c> for a whole word: the frequency that makes the no-HMM cut keep
    /// <paramref name="word"/> together, i.e. <c>max(int(P(segments) * total) + 1, FREQ.get(word, 1))</c>.
    /// </summary>
    /// <param name="word">The word to keep whole.</param>
    /// <param name="tune">When true, also add the word with that frequency (as jieba does).</param>
    public int SuggestFrequency(string word, bool tune = false)
    {
        ValidateWord(word);
        if (!tune) return SuggestWhole(Volatile.Read(ref _state), word);
        var result = 0;
        Edit(state =>
        {
            result = SuggestWhole(state, word);
            state.SetWord(word, result, null);
        });
        return result;
    }

    /// <summary>
    /// <c>jieba.suggest_freq(segments, tune)</c> for a split: the frequency that makes the joined word lose to
    /// the given segments, i.e. <c>min(int(P(segments) * total), FREQ.get(word, 0))</c>.
    /// </summary>
    /// <param name="segments">The pieces the word should be cut into.</param>
    /// <param name="tune">When true, also set the joined word to that frequency.</param>
    public int SuggestFrequency(IReadOnlyList<string> segments, bool tune = false)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var word = string.Concat(segments);
        ValidateWord(word);
        if (!tune) return SuggestSplit(Volatile.Read(ref _state), segments, word);
        var result = 0;
        Edit(state =>
        {
            result = SuggestSplit(state, segments, word);
            AddWordCore(state, word, result, null);
        });
        return result;
    }

    /// <summary>
    /// <c>jieba.load_userdict</c>: one entry per line, <c>word [freq] [tag]</c> as matched by jieba's
    /// <c>^(.+?)( [0-9]+)?( [a-z]+)?$</c>; blank lines are skipped and a leading BOM is ignored. The whole
    /// file is applied at once: if a line is invalid, nothing is added and the error names source:line.
    /// </summary>
    /// <param name="reader">The dictionary text.</param>
    /// <param name="sourceName">A name for error messages (a file path, say).</param>
    public void LoadUserDictionary(TextReader reader, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var source = sourceName ?? "user dictionary";
        var entries = ParseUserDictionary(reader.ReadToEnd(), source);
        Edit(state =>
        {
            foreach (var (word, freq, tag) in entries) AddWordCore(state, word, freq, tag);
        });
    }

    /// <summary>Loads a user dictionary file (UTF-8) as <see cref="LoadUserDictionary(TextReader, string?)"/> does.</summary>
    /// <param name="path">The file.</param>
    public void LoadUserDictionary(string path)
    {
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false);
        LoadUserDictionary(reader, path);
    }

    private static List<(string Word, int? Freq, string? Tag)> ParseUserDictionary(string content, string source)
    {
        var entries = new List<(string, int?, string?)>();
        var lineNumber = 0;
        // Python iterates the binary file, so lines end at "\n" only and bytes.strip() trims ASCII whitespace.
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim([' ', '\t', '\n', '\r', '\v', '\f']).TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            var m = UserDictLine().Match(line);
            var word = m.Groups[1].Value;
            int? freq = null;
            if (m.Groups[2].Success)
            {
                if (!int.TryParse(m.Groups[2].Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var f))
                    throw new FormatException($"{source}:{lineNumber}: frequency {m.Groups[2].Value.Trim()} is too large (at most {int.MaxValue}).");
                freq = f;
            }
            var tag = m.Groups[3].Success ? m.Groups[3].Value.Trim() : null;
            entries.Add((word, freq, tag));
        }
        return entries;
    }

    [GeneratedRegex("^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UserDictLine();

    private void Edit(Action<DictionaryState> change)
    {
        lock (_gate)
        {
            var next = _state.CloneForEdit();
            change(next);
            Volatile.Write(ref _state, next);
        }
    }

    private static void AddWordCore(DictionaryState state, string word, int? frequency, string? tag) =>
        state.SetWord(word, frequency ?? SuggestWhole(state, word), tag);

    private static int SuggestWhole(DictionaryState state, string word)
    {
        var sink = new SuggestSink(state);
        Cutter<SuggestSink>.Run(state, word, SegmentationMode.Accurate, hmm: false, ref sink);
        var own = state.TryGetFrequency(word, out var f) ? f : 1;
        return checked((int)Math.Max((long)(sink.Product * state.Total) + 1, own));
    }

    private static int SuggestSplit(DictionaryState state, IReadOnlyList<string> segments, string word)
    {
        var product = 1.0;
        foreach (var segment in segments)
            product *= (state.TryGetFrequency(segment, out var f) ? f : 1) / (double)state.Total;
        var own = state.TryGetFrequency(word, out var wf) ? wf : 0;
        return checked((int)Math.Min((long)(product * state.Total), own));
    }

    private static void ValidateWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0) throw new ArgumentException("A dictionary word cannot be empty.", nameof(word));
    }
}
