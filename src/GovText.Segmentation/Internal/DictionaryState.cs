namespace GovText.Segmentation.Internal;

/// <summary>
/// One immutable snapshot of jieba's mutable tokenizer state: FREQ (base trie plus user overlay),
/// <c>total</c>, finalseg's Force_Split_Words and the user tags. Edits clone the snapshot, change the
/// clone and publish it, so concurrent cuts never see a half-applied edit and need no lock.
/// </summary>
internal sealed class DictionaryState
{
    private static readonly Lazy<DictionaryState> Default = new(
        () => new DictionaryState(JiebaModel.Trie, JiebaModel.Hmm, null, JiebaModel.Trie.Total, null, null),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private DictionaryState(PrefixTrie trie, HmmModel hmm, UserOverlay? overlay, long total,
        HashSet<string>? forceSplit, Dictionary<string, string>? tags)
    {
        Trie = trie;
        Hmm = hmm;
        Overlay = overlay;
        Total = total;
        LogTotal = Math.Log(total);
        ForceSplit = forceSplit;
        Tags = tags;
    }

    /// <summary>The shared state of the embedded model without user words.</summary>
    public static DictionaryState Base => Default.Value;

    public PrefixTrie Trie { get; }

    public HmmModel Hmm { get; }

    /// <summary>Null until the first user edit: the fast path then walks the base trie only.</summary>
    public UserOverlay? Overlay { get; private set; }

    /// <summary>jieba's <c>total</c>.</summary>
    public long Total { get; private set; }

    /// <summary><c>log(total)</c>, subtracted from every word's log frequency.</summary>
    public double LogTotal { get; private set; }

    /// <summary>finalseg.Force_Split_Words: deleted words the HMM must not emit whole.</summary>
    public HashSet<string>? ForceSplit { get; private set; }

    /// <summary>jieba's user_word_tag_tab.</summary>
    public Dictionary<string, string>? Tags { get; private set; }

    /// <summary>A private copy to edit before publishing.</summary>
    public DictionaryState CloneForEdit() => new(Trie, Hmm, Overlay?.Clone(), Total,
        ForceSplit is null ? null : new HashSet<string>(ForceSplit, StringComparer.Ordinal),
        Tags is null ? null : new Dictionary<string, string>(Tags, StringComparer.Ordinal));

    /// <summary><c>FREQ.get(word)</c>: false when the string is not in FREQ.</summary>
    public bool TryGetFrequency(ReadOnlySpan<char> word, out int frequency)
    {
        frequency = 0;
        if (word.IsEmpty) return false;
        var trie = Trie;
        var overlay = Overlay;
        if (overlay is null || !overlay.Starts(word[0]))
        {
            var node = trie.Find(word);
            if (node < 0) return false;
            frequency = trie.Freq[node];
            return true;
        }
        var bn = trie.Root(word[0]);
        var on = overlay.Child(0, word[0]);
        for (var i = 1; i < word.Length && (bn >= 0 || on >= 0); i++)
        {
            if (bn >= 0) bn = trie.Child(bn, word[i]);
            if (on >= 0) on = overlay.Child(on, word[i]);
        }
        if (on >= 0 && overlay.Has(on)) { frequency = overlay.Freq(on); return true; }
        if (bn >= 0) { frequency = trie.Freq[bn]; return true; }
        return false;
    }

    /// <summary>True when <c>FREQ.get(word)</c> is a positive number (Python truthiness).</summary>
    public bool HasPositiveFrequency(ReadOnlySpan<char> word) => TryGetFrequency(word, out var f) && f > 0;

    /// <summary>jieba's add_word once the frequency is known (only on an unpublished clone).</summary>
    public void SetWord(string word, int frequency, string? tag)
    {
        var overlay = Overlay ??= new UserOverlay();
        var on = 0;
        var bn = -1;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            on = overlay.GetOrAddChild(on, c);
            bn = i == 0 ? Trie.Root(c) : bn >= 0 ? Trie.Child(bn, c) : -1;
            // jieba adds prefixes per code point; a cut between surrogates is not a Python string.
            var boundary = i + 1 == word.Length || !(char.IsHighSurrogate(c) && char.IsLowSurrogate(word[i + 1]));
            if (!boundary) continue;
            if (i + 1 == word.Length) overlay.Set(on, frequency);
            else if (!overlay.Has(on) && bn < 0) overlay.Set(on, 0);
        }
        Total += frequency;
        LogTotal = Math.Log(Total);
        if (!string.IsNullOrEmpty(tag)) (Tags ??= new Dictionary<string, string>(StringComparer.Ordinal))[word] = tag;
        if (frequency == 0) (ForceSplit ??= new HashSet<string>(StringComparer.Ordinal)).Add(word);
    }

    /// <summary>The POS tag jieba holds for a word: the user's tag, else dict.txt's.</summary>
    public string? GetTag(ReadOnlySpan<char> word)
    {
        if (Tags is not null && Tags.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var tag)) return tag;
        var node = Trie.Find(word);
        return node >= 0 && Trie.TagIndex[node] > 0 ? Trie.TagNames[Trie.TagIndex[node]] : null;
    }
}
