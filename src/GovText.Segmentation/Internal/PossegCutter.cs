namespace GovText.Segmentation.Internal;

/// <summary>
/// jieba 0.42.1's <c>posseg.POSTokenizer.cut</c> (<c>__cut_internal</c>, <c>__cut_DAG</c>,
/// <c>__cut_DAG_NO_HMM</c>, <c>__cut_detail</c> and <c>posseg.viterbi</c>), transcribed with its quirks:
/// blocks are re_han_internal runs (no '%' or '-', unlike <c>jieba.cut</c>), HMM words are not checked
/// against deleted words, and the no-HMM cut glues every run of single ASCII letters/digits into one
/// <c>eng</c> word.
/// </summary>
internal ref struct PossegCutter<TSink>
    where TSink : struct, ITaggedSink
{
    private const string X = "x";
    private const string Num = "m";
    private const string Eng = "eng";

    private readonly DictionaryState _state;
    private readonly ReadOnlySpan<char> _text;
    private readonly CutScratch _scratch;
    private ref TSink _sink;

    private PossegCutter(DictionaryState state, ReadOnlySpan<char> text, CutScratch scratch, ref TSink sink)
    {
        _state = state;
        _text = text;
        _scratch = scratch;
        _sink = ref sink;
    }

    /// <summary>Tags <paramref name="text"/> and delivers every pair to <paramref name="sink"/>.</summary>
    public static void Run(DictionaryState state, ReadOnlySpan<char> text, bool hmm, ref TSink sink)
    {
        var scratch = CutScratch.Rent();
        try
        {
            var cutter = new PossegCutter<TSink>(state, text, scratch, ref sink);
            cutter.CutInternal(hmm);
        }
        finally
        {
            CutScratch.Return(scratch);
        }
    }

    // __cut_internal: re_han_internal.split; Han blocks to the DAG cut, the rest split by (\r\n|\s) and
    // yielded character by character. Such a block holds no ASCII letter, digit or '.', so re_num and
    // re_eng never match there and every piece is 'x'.
    private void CutInternal(bool hmm)
    {
        var text = _text;
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            if (PythonText.IsHanInternal(text[i]))
            {
                while (j < text.Length && PythonText.IsHanInternal(text[j])) j++;
                if (hmm) CutDag(i, j);
                else CutDagNoHmm(i, j);
            }
            else
            {
                while (j < text.Length && !PythonText.IsHanInternal(text[j])) j++;
                for (var p = i; p < j;)
                {
                    var n = text[p] == '\r' && p + 1 < j && text[p + 1] == '\n' ? 2 : PythonText.CodePointLength(text, p);
                    Emit(p, p + n, X);
                    p += n;
                }
            }
            i = j;
        }
    }

    private readonly string TagOf(int start, int end) => _state.GetTag(_text[start..end]) ?? X;

    private void EmitWord(int start, int end) => Emit(start, end, TagOf(start, end));

    private readonly void Route(int start, int end)
    {
        var sink = default(NullSink);
        Cutter<NullSink>.Route(_state, _text, start, end, _scratch, ref sink);
    }

    // __cut_DAG_NO_HMM: single ASCII letters or digits on the route are glued into one 'eng' word.
    private void CutDagNoHmm(int start, int end)
    {
        Route(start, end);
        var n = end - start;
        var x = 0;
        var buf = -1;
        while (x < n)
        {
            var y = _scratch.Next[x];
            if (y - x == 1 && PythonText.IsEng(_text[start + x]))
            {
                if (buf < 0) buf = x;
            }
            else
            {
                if (buf >= 0) { Emit(start + buf, start + x, Eng); buf = -1; }
                EmitWord(start + x, start + y);
            }
            x = y;
        }
        if (buf >= 0) Emit(start + buf, end, Eng);
    }

    // __cut_DAG: single-character steps are buffered; a buffer of one is looked up, a buffer FREQ does not
    // hold (or holds as 0) goes to __cut_detail, any other buffer is yielded character by character.
    private void CutDag(int start, int end)
    {
        Route(start, end);
        var n = end - start;
        var x = 0;
        var buf = -1;
        while (x < n)
        {
            var y = _scratch.Next[x];
            if (y - x == 1)
            {
                if (buf < 0) buf = x;
            }
            else
            {
                if (buf >= 0) { Flush(start + buf, start + x); buf = -1; }
                EmitWord(start + x, start + y);
            }
            x = y;
        }
        if (buf >= 0) Flush(start + buf, end);
    }

    private void Flush(int start, int end)
    {
        if (end - start == 1) EmitWord(start, end);
        else if (!_state.HasPositiveFrequency(_text[start..end])) CutDetail(start, end);
        else for (var p = start; p < end; p++) EmitWord(p, p + 1);
    }

    // __cut_detail: re_han_detail runs go to the posseg Viterbi; the rest is split by
    // ([\.0-9]+|[a-zA-Z0-9]+): a match starting with a digit or '.' is 'm', else 'eng'; text between is 'x'.
    private void CutDetail(int start, int end)
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
                SplitDetail(i, j);
            }
            i = j;
        }
    }

    private void SplitDetail(int start, int end)
    {
        var text = _text;
        var chunk = start;
        var p = start;
        while (p < end)
        {
            var c = text[p];
            var q = p;
            string tag;
            if (c == '.' || char.IsAsciiDigit(c))
            {
                while (q < end && (text[q] == '.' || char.IsAsciiDigit(text[q]))) q++;
                tag = Num;
            }
            else if (PythonText.IsEng(c))
            {
                while (q < end && PythonText.IsEng(text[q])) q++;
                tag = Eng;
            }
            else
            {
                p++;
                continue;
            }
            if (chunk < p) Emit(chunk, p, X);
            Emit(p, q, tag);
            p = chunk = q;
        }
        if (chunk < end) Emit(chunk, end, X);
    }

    // posseg.viterbi over states numbered in tuple order; V[t][y] exists only for y in the state set of t.
    private void Viterbi(int start, int end)
    {
        var model = PossegModel.Default;
        var k = model.Count;
        var n = end - start;
        var text = _text;
        var v = new double[n * k];
        var back = new byte[n * k];
        var members = new ulong[n * 4];
        var trans = model.Trans;

        foreach (var y in model.States(text[start]))
        {
            v[y] = model.Start[y] + model.Emit(y, text[start]);
            members[y >> 6] |= 1UL << (y & 63);
        }
        Span<ulong> expect = stackalloc ulong[4];
        Span<ulong> obs = stackalloc ulong[4];
        Span<byte> prev = stackalloc byte[256];
        for (var t = 1; t < n; t++)
        {
            var c = text[start + t];
            var prevCount = 0;
            expect.Clear();
            for (var w = 0; w < 4; w++)
            {
                var bits = members[(t - 1) * 4 + w];
                while (bits != 0)
                {
                    var y0 = w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    if (!model.HasNext[y0]) continue;
                    prev[prevCount++] = (byte)y0;
                    for (var b = 0; b < 4; b++) expect[b] |= model.Next[y0 * 4 + b];
                }
            }
            obs.Clear();
            var any = false;
            foreach (var y in model.States(c))
            {
                if ((expect[y >> 6] & (1UL << (y & 63))) != 0) { obs[y >> 6] |= 1UL << (y & 63); any = true; }
            }
            if (!any)
            {
                // prev_states_expect_next is never empty: every state viterbi extends has successors.
                expect.CopyTo(obs);
            }
            var row = t * k;
            var prevRow = (t - 1) * k;
            for (var w = 0; w < 4; w++)
            {
                var bits = obs[w];
                members[t * 4 + w] = bits;
                while (bits != 0)
                {
                    var y = w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    var emit = model.Emit(y, c);
                    var best = double.NaN;
                    var bestState = -1;
                    for (var p = 0; p < prevCount; p++)
                    {
                        var y0 = prev[p];
                        var prob = v[prevRow + y0] + trans[y0 * k + y] + emit;
                        if (bestState < 0 || prob > best || (prob == best && y0 > bestState)) { best = prob; bestState = y0; }
                    }
                    v[row + y] = best;
                    back[row + y] = (byte)bestState;
                }
            }
        }

        var lastRow = (n - 1) * k;
        var state = -1;
        var lastProb = double.NaN;
        for (var w = 0; w < 4; w++)
        {
            var bits = members[(n - 1) * 4 + w];
            while (bits != 0)
            {
                var y = w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (state < 0 || v[lastRow + y] > lastProb || (v[lastRow + y] == lastProb && y > state)) { lastProb = v[lastRow + y]; state = y; }
            }
        }
        var route = new byte[n];
        for (var t = n - 1; t >= 0; t--)
        {
            route[t] = (byte)state;
            state = back[t * k + state];
        }

        var begin = 0;
        var nexti = 0;
        for (var i = 0; i < n; i++)
        {
            var s = route[i];
            switch (model.Position[s])
            {
                case 'B': begin = i; break;
                case 'E': Emit(start + begin, start + i + 1, model.Tag[s]); nexti = i + 1; break;
                case 'S': Emit(start + i, start + i + 1, model.Tag[s]); nexti = i + 1; break;
            }
        }
        if (nexti < n) Emit(start + nexti, end, model.Tag[route[nexti]]);
    }

    private void Emit(int start, int end, string tag) => _sink.Emit(_text[start..end], start, end, tag);
}
