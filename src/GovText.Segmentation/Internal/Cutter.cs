using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GovText.Segmentation.Internal;

/// <summary>
/// jieba 0.42.1's <c>Tokenizer.cut</c>, <c>cut_for_search</c> and <c>finalseg.cut</c>, transcribed so
/// every comparison, tie-break and floating-point operation happens in the same order as in Python.
/// Works on code-unit offsets into the caller's span and never allocates on the hot path.
/// </summary>
internal ref struct Cutter<TSink>
    where TSink : struct, ITokenSink
{
    private readonly DictionaryState _state;
    private readonly PrefixTrie _trie;
    private readonly UserOverlay? _overlay;
    private readonly double _logTotal;
    private readonly ReadOnlySpan<char> _text;
    private readonly CutScratch _scratch;
    private readonly bool _search;
    private ref TSink _sink;

    private Cutter(DictionaryState state, ReadOnlySpan<char> text, CutScratch scratch, bool search, ref TSink sink)
    {
        _state = state;
        _trie = state.Trie;
        _overlay = state.Overlay;
        _logTotal = state.LogTotal;
        _text = text;
        _scratch = scratch;
        _search = search;
        _sink = ref sink;
    }

    /// <summary>Cuts <paramref name="text"/> and delivers every token to <paramref name="sink"/>.</summary>
    public static void Run(DictionaryState state, ReadOnlySpan<char> text, SegmentationMode mode, bool hmm, ref TSink sink)
    {
        var scratch = CutScratch.Rent();
        try
        {
            var cutter = new Cutter<TSink>(state, text, scratch, mode == SegmentationMode.Search, ref sink);
            cutter.CutAll(mode == SegmentationMode.Full, hmm);
        }
        finally
        {
            CutScratch.Return(scratch);
        }
    }

    /// <summary>
    /// jieba's <c>calc(get_DAG(block))</c> for <paramref name="text"/>[start..end): afterwards
    /// <c>scratch.Next[i]</c> is the block-relative end of the word the route takes at block offset i.
    /// </summary>
    public static void Route(DictionaryState state, ReadOnlySpan<char> text, int start, int end, CutScratch scratch, ref TSink sink)
    {
        var cutter = new Cutter<TSink>(state, text, scratch, search: false, ref sink);
        cutter.CalcRoute(start, end);
    }

    // Tokenizer.cut: re_han_default.split, then cut_block on Han blocks and re_skip_default on the rest.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutAll(bool full, bool hmm)
    {
        var text = _text;
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            if (PythonText.IsHanDefault(text[i]))
            {
                while (j < text.Length && PythonText.IsHanDefault(text[j])) j++;
                if (full) CutBlockFull(i, j);
                else CutBlock(i, j, hmm);
            }
            else
            {
                while (j < text.Length && !PythonText.IsHanDefault(text[j])) j++;
                if (full) SkipBlockFull(i, j);
                else SkipBlock(i, j);
            }
            i = j;
        }
    }

    private readonly int SpaceLength(int p, int end)
    {
        var c = _text[p];
        if (c == '\r' && p + 1 < end && _text[p + 1] == '\n') return 2;
        return PythonText.IsSpace(c) ? 1 : 0;
    }

    // Non-full modes yield each whitespace match and every other code point on its own.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipBlock(int start, int end)
    {
        var p = start;
        while (p < end)
        {
            var n = SpaceLength(p, end);
            if (n == 0) n = PythonText.CodePointLength(_text, p);
            EmitWord(p, p + n);
            p += n;
        }
    }

    // cut_all yields re_skip.split's pieces whole, including the empty strings around each separator.
    private void SkipBlockFull(int start, int end)
    {
        var chunk = start;
        var p = start;
        while (p < end)
        {
            var n = SpaceLength(p, end);
            if (n == 0) { p++; continue; }
            Emit(chunk, p);
            Emit(p, p + n);
            p += n;
            chunk = p;
        }
        Emit(chunk, end);
    }

    /// <summary>Writes the DAG entries of position <paramref name="k"/> (exclusive ends) at <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private readonly int Candidates(int k, int end, int at)
    {
        var text = _text;
        var trie = _trie;
        var scratch = _scratch;
        scratch.EnsureCandidates(at + end - k + 1);
        var ends = scratch.CandEnd;
        var logs = scratch.CandLog;
        var n = at;
        if (_overlay is null)
        {
            var freq = trie.Freq;
            var logFreq = trie.LogFreq;
            var node = trie.Root(text[k]);
            var i = k;
            while (node >= 0)
            {
                if (freq[node] > 0)
                {
                    ends[n] = i + 1;
                    logs[n++] = logFreq[node];
                }
                if (++i >= end) break;
                node = trie.Child(node, text[i]);
            }
        }
        else
        {
            var overlay = _overlay;
            var bn = trie.Root(text[k]);
            var on = overlay.Child(0, text[k]);
            var i = k;
            while (true)
            {
                var fromOverlay = on >= 0 && overlay.Has(on);
                if (!fromOverlay && bn < 0) break;
                var f = fromOverlay ? overlay.Freq(on) : trie.Freq[bn];
                if (f > 0)
                {
                    ends[n] = i + 1;
                    logs[n++] = fromOverlay ? overlay.LogFreq(on) : trie.LogFreq[bn];
                }
                if (++i >= end) break;
                if (bn >= 0) bn = trie.Child(bn, text[i]);
                if (on >= 0) on = overlay.Child(on, text[i]);
            }
        }
        return n - at;
    }

    // Tokenizer.calc: route[idx] = max over DAG[idx] of (log(freq) - logtotal + route[x+1], x);
    // Python's tuple max prefers the larger x on equal probability, hence ">=" over ascending x.
    // The DAG walk and the max are fused: no candidate list is materialised. A position where no user word starts
    // (one bit of the overlay), or where the overlay's node for the first character has no value and no child for the
    // second, takes the base trie's walk: FREQ there is the base trie's at every length. With the default lexicon
    // that is 98.8% of the work reports' Han positions (5.9% start with a term's first character, 1.2% with a prefix of two).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly void CalcRoute(int start, int end)
    {
        var n = end - start;
        var scratch = _scratch;
        scratch.EnsureBlock(n);
        var prob = scratch.Prob;
        var next = scratch.Next;
        var logTotal = _logTotal;
        prob[n] = 0.0;
        if (n == 0) return;
        // Unchecked element access: idx < n, p < n, prob and next hold n + 1 entries, and node is a valid index.
        ref readonly var block = ref _text[start];
        var trie = _trie;
        var overlay = _overlay;
        ref var nodes = ref MemoryMarshal.GetReference(trie.Nodes);
        ref var probs = ref MemoryMarshal.GetArrayDataReference(prob);
        ref var nexts = ref MemoryMarshal.GetArrayDataReference(next);
        for (var idx = n - 1; idx >= 0; idx--)
        {
            var first = Unsafe.Add(ref Unsafe.AsRef(in block), idx);
            // The pair slot the walk two positions on will need (the route runs backwards).
            if (idx >= 2) trie.PrefetchPair(Unsafe.Add(ref Unsafe.AsRef(in block), idx - 2), Unsafe.Add(ref Unsafe.AsRef(in block), idx - 1));
            if (overlay is not null && overlay.Starts(first) && overlay.ChangesRoute(in block, idx, n))
            {
                RouteWithOverlay(overlay, in block, n, idx, ref probs, ref nexts);
                continue;
            }
            var best = (0.0 - logTotal) + Unsafe.Add(ref probs, idx + 1);
            var bestEnd = idx + 1;
            var any = false;
            var node = trie.Root(first);
            var p = idx;
            if (node >= 0)
            {
                // Level 1 from the root table, level 2 from the pair table (record inline), deeper levels by search.
                ref readonly var info = ref Unsafe.Add(ref nodes, node);
                while (true)
                {
                    if (info.IsWord)
                    {
                        var candidate = (info.LogFreq - logTotal) + Unsafe.Add(ref probs, p + 1);
                        if (!any || candidate >= best) { best = candidate; bestEnd = p + 1; any = true; }
                    }
                    if (++p >= n) break;
                    var c = Unsafe.Add(ref Unsafe.AsRef(in block), p);
                    if (p == idx + 1)
                    {
                        ref readonly var pair = ref trie.Pair(first, c);
                        if (Unsafe.IsNullRef(in pair)) break;
                        info = ref pair.Info;
                    }
                    else
                    {
                        node = trie.Search(info.First, info.ChildCount, c);
                        if (node < 0) break;
                        info = ref Unsafe.Add(ref nodes, node);
                    }
                }
            }
            Unsafe.Add(ref probs, idx) = best;
            Unsafe.Add(ref nexts, idx) = bestEnd;
        }
    }

    // The route at a position where a user word starts: the base trie and the overlay are walked in step, and at each
    // prefix FREQ's value is the overlay's where it has one (a user word, a prefix jieba added with 0, a deleted word),
    // else the base trie's. The walk ends where FREQ holds the prefix in neither, as get_DAG's does.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly void RouteWithOverlay(UserOverlay overlay, ref readonly char block, int n, int idx, ref double probs, ref int nexts)
    {
        var trie = _trie;
        var logTotal = _logTotal;
        ref var nodes = ref MemoryMarshal.GetReference(trie.Nodes);
        var best = (0.0 - logTotal) + Unsafe.Add(ref probs, idx + 1);
        var bestEnd = idx + 1;
        var any = false;
        var c = Unsafe.Add(ref Unsafe.AsRef(in block), idx);
        var bn = trie.Root(c);
        var on = overlay.Child(0, c);
        var p = idx;
        while (true)
        {
            bool isWord;
            double logFreq;
            if (on >= 0 && overlay.ValueOf(on) is { Has: true } value)
            {
                isWord = value.Freq > 0;
                logFreq = value.LogFreq;
            }
            else if (bn >= 0)
            {
                ref readonly var info = ref Unsafe.Add(ref nodes, bn);
                isWord = info.IsWord;
                logFreq = info.LogFreq;
            }
            else
            {
                break;
            }
            if (isWord)
            {
                var candidate = (logFreq - logTotal) + Unsafe.Add(ref probs, p + 1);
                if (!any || candidate >= best) { best = candidate; bestEnd = p + 1; any = true; }
            }
            if (++p >= n) break;
            c = Unsafe.Add(ref Unsafe.AsRef(in block), p);
            if (bn >= 0) bn = trie.Child(bn, c);
            if (on >= 0) on = overlay.Child(on, c);
        }
        Unsafe.Add(ref probs, idx) = best;
        Unsafe.Add(ref nexts, idx) = bestEnd;
    }

    // Tokenizer.__cut_DAG (HMM) and __cut_DAG_NO_HMM walk the route the same way and differ in what they
    // buffer: with the HMM every single-character step, without it only single ASCII letters/digits.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutBlock(int start, int end, bool hmm)
    {
        CalcRoute(start, end);
        var next = _scratch.Next;
        var n = end - start;
        var x = 0;
        var buf = -1;
        while (x < n)
        {
            var y = next[x];
            if (y - x == 1 && (hmm || PythonText.IsEng(_text[start + x])))
            {
                if (buf < 0) buf = x;
            }
            else
            {
                if (buf >= 0) { FlushBuffer(start + buf, start + x, hmm); buf = -1; }
                EmitWord(start + x, start + y);
            }
            x = y;
        }
        if (buf >= 0) FlushBuffer(start + buf, end, hmm);
    }

    // Without the HMM the buffer is one word. With it, a lone character is a word, a buffer that is itself
    // a dictionary word is emitted character by character, and anything else goes to finalseg.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FlushBuffer(int start, int end, bool hmm)
    {
        if (!hmm || end - start == 1) EmitWord(start, end);
        else if (!_state.HasPositiveFrequency(_text[start..end])) FinalSeg(start, end);
        else for (var p = start; p < end; p++) EmitWord(p, p + 1);
    }

    // Tokenizer.__cut_all over the DAG in position order, including its eng_buf quirk.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutBlockFull(int start, int end)
    {
        var n = end - start;
        var scratch = _scratch;
        scratch.EnsureBlock(n);
        var dag = scratch.DagStart;
        var total = 0;
        for (var k = 0; k < n; k++)
        {
            dag[k] = total;
            var count = Candidates(start + k, end, total);
            if (count == 0)
            {
                scratch.EnsureCandidates(total + 1);
                scratch.CandEnd[total] = start + k + 1;
                count = 1;
            }
            total += count;
        }
        dag[n] = total;
        var ends = scratch.CandEnd;

        var oldJ = -1;
        var engScan = false;
        var engLength = 0;
        var engStart = 0;
        var engEnd = 0;
        for (var k = 0; k < n; k++)
        {
            if (engScan && !PythonText.IsEng(_text[start + k]))
            {
                engScan = false;
                Emit(scratch.Chars.AsSpan(0, engLength), engStart, engEnd);
            }
            var first = dag[k];
            var count = dag[k + 1] - first;
            if (count == 1 && k > oldJ)
            {
                var wordEnd = ends[first];
                if (PythonText.IsEng(_text[start + k]))
                {
                    if (!engScan) { engScan = true; engLength = 0; engStart = start + k; }
                    var piece = _text[(start + k)..wordEnd];
                    scratch.EnsureChars(engLength + piece.Length);
                    piece.CopyTo(scratch.Chars.AsSpan(engLength));
                    engLength += piece.Length;
                    engEnd = wordEnd;
                }
                if (!engScan) Emit(start + k, wordEnd);
                oldJ = wordEnd - 1 - start;
            }
            else
            {
                for (var c = first; c < first + count; c++)
                {
                    var j = ends[c] - 1 - start;
                    if (j > k)
                    {
                        Emit(start + k, ends[c]);
                        oldJ = j;
                    }
                }
            }
        }
        if (engScan) Emit(scratch.Chars.AsSpan(0, engLength), engStart, engEnd);
    }

    // finalseg.cut: Viterbi on runs of U+4E00..U+9FD5; other runs split by re_skip
    // ([a-zA-Z0-9]+(?:\.\d+)?%?), yielding matches and the non-empty text between them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FinalSeg(int start, int end)
    {
        var text = _text;
        var i = start;
        while (i < end)
        {
            var j = i + 1;
            if (PythonText.IsHan(text[i]))
            {
                while (j < end && PythonText.IsHan(text[j])) j++;
                Viterbi(i, j);
            }
            else
            {
                while (j < end && !PythonText.IsHan(text[j])) j++;
                SplitSkip(i, j);
            }
            i = j;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SplitSkip(int start, int end)
    {
        var text = _text;
        var chunk = start;
        var p = start;
        while (p < end)
        {
            if (!PythonText.IsEng(text[p])) { p++; continue; }
            if (chunk < p) EmitWord(chunk, p);
            var q = p;
            while (q < end && PythonText.IsEng(text[q])) q++;
            if (q + 1 < end && text[q] == '.' && char.IsAsciiDigit(text[q + 1]))
            {
                q += 2;
                while (q < end && char.IsAsciiDigit(text[q])) q++;
            }
            if (q < end && text[q] == '%') q++;
            EmitWord(p, q);
            p = chunk = q;
        }
        if (chunk < end) EmitWord(chunk, end);
    }

    private const int B = 0, E = 1, M = 2, S = 3;

    // finalseg.viterbi. Python's max over (prob, state) tuples breaks ties by the larger state letter
    // (S > M > E > B), which each comparison below reproduces.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Viterbi(int start, int end)
    {
        var n = end - start;
        var hmm = _state.Hmm;
        var scratch = _scratch;
        scratch.EnsureLattice(n);
        var v = scratch.Lattice;
        var back = scratch.Back;
        var emit = hmm.Emit;
        var trans = hmm.Trans;
        var em = (_text[start] - HmmModel.HanFirst) * 4;
        for (var s = 0; s < 4; s++) v[s] = hmm.Start[s] + emit[em + s];
        for (var t = 1; t < n; t++)
        {
            em = (_text[start + t] - HmmModel.HanFirst) * 4;
            var p = (t - 1) * 4;
            var q = t * 4;
            Pick(v, back, q + B, v[p + E] + trans[E * 4 + B] + emit[em + B], E, v[p + S] + trans[S * 4 + B] + emit[em + B], S);
            Pick(v, back, q + M, v[p + M] + trans[M * 4 + M] + emit[em + M], M, v[p + B] + trans[B * 4 + M] + emit[em + M], B);
            Pick(v, back, q + S, v[p + S] + trans[S * 4 + S] + emit[em + S], S, v[p + E] + trans[E * 4 + S] + emit[em + S], E);
            Pick(v, back, q + E, v[p + B] + trans[B * 4 + E] + emit[em + E], B, v[p + M] + trans[M * 4 + E] + emit[em + E], M);
        }
        var last = (n - 1) * 4;
        var state = v[last + S] >= v[last + E] ? S : E;
        // Backtrack into the lattice's back row 0..n-1 as the state sequence itself.
        for (var t = n - 1; t >= 0; t--)
        {
            var prev = back[t * 4 + state];
            back[t * 4] = (byte)state;
            state = prev;
        }

        var begin = 0;
        var nexti = 0;
        for (var i = 0; i < n; i++)
        {
            switch (back[i * 4])
            {
                case B: begin = i; break;
                case E: EmitHmmWord(start + begin, start + i + 1); nexti = i + 1; break;
                case S: EmitHmmWord(start + i, start + i + 1); nexti = i + 1; break;
            }
        }
        if (nexti < n) EmitHmmWord(start + nexti, end);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pick(double[] v, byte[] back, int at, double p1, int s1, double p2, int s2)
    {
        // Letter order of the state indices: B(0) < E(1) < M(2) < S(3), so the larger index wins a tie.
        if (p1 > p2 || (p1 == p2 && s1 > s2)) { v[at] = p1; back[at] = (byte)s1; }
        else { v[at] = p2; back[at] = (byte)s2; }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EmitHmmWord(int start, int end)
    {
        var forceSplit = _state.ForceSplit;
        if (forceSplit is not null && end - start > 0 &&
            forceSplit.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text[start..end]))
        {
            for (var p = start; p < end; p++) EmitWord(p, p + 1);
        }
        else
        {
            EmitWord(start, end);
        }
    }

    // A word of Tokenizer.cut; cut_for_search first yields its dictionary 2-grams and 3-grams.
    // (This and the other per-token methods are compiled fully optimized at once: in a command-line run, tiering
    // would compile each three times, tier 0, instrumented and tier 1, on the JIT's background thread.)
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EmitWord(int start, int end)
    {
        if (_search)
        {
            var length = end - start;
            if (length > 2)
                for (var i = start; i + 2 <= end; i++)
                    if (_state.HasPositiveFrequency(_text.Slice(i, 2))) Emit(i, i + 2);
            if (length > 3)
                for (var i = start; i + 3 <= end; i++)
                    if (_state.HasPositiveFrequency(_text.Slice(i, 3))) Emit(i, i + 3);
        }
        Emit(start, end);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Emit(int start, int end) => _sink.Emit(_text[start..end], start, end);

    private void Emit(ReadOnlySpan<char> token, int start, int end) => _sink.Emit(token, start, end);
}
